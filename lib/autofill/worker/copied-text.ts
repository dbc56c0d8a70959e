// The one sentence for a fill that ended with the code in the clipboard instead of the page, shown
// by the popup and as the toolbar button's tooltip after a keyboard or menu fill.
import { t } from '../../i18n/t';
import type { CopiedWhy } from './autofill-views';

/** "No code field found", or why the field that was found did not get the code. */
export function copiedSentence(why?: CopiedWhy): string {
  switch (why) {
    case 'hidden':
      return t('autofillCopiedHidden');
    case 'covered':
      return t('autofillCopiedCovered');
    case 'sms-or-email':
      return t('autofillCopiedSmsOrEmail');
    case 'gone':
      return t('autofillCopiedGone');
    case 'misfit':
      return t('autofillCopiedMisfit');
    case undefined:
      return t('uiFillCopiedInstead');
  }
}
