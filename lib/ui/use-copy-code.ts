import { sendMessage } from '../protocol/client';
import { t } from '../i18n/t';
import { copiedNotice, COPIED_NOTICE_MS } from './copied-notice';

/**
 * Copies a code (called from the user's click or key: the clipboard wants that gesture), has the
 * background clear it after the delay chosen in Settings, and says so in a notice that passes.
 */
export function useCopyCode(showFor: (text: string, ms: number) => void, onError: (error: Error) => void) {
  return async function copyCode(name: string, code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      onError(new Error(t('popupCodeCopyRefused')));
      return;
    }
    try {
      const { clearsAfterSeconds } = await sendMessage('clipboard.copied', {});
      showFor(copiedNotice(name, clearsAfterSeconds), COPIED_NOTICE_MS);
    } catch (error) {
      onError(error as Error);
    }
  };
}
