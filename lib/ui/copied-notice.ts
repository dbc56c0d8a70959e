import { t } from '../i18n/t';

/** Long enough to read the notice; it then leaves the space to the codes. */
export const COPIED_NOTICE_MS = 5_000;

/**
 * What the popup says after a copy: when the clipboard will be emptied (the delay set on the
 * management page, as the background runs it), or nothing about clearing when it never is.
 */
export function copiedNotice(name: string, clearsAfterSeconds: number): string {
  return clearsAfterSeconds > 0
    ? t('popupKeysCopiedClearsIn', { name, seconds: clearsAfterSeconds })
    : t('popupCopiedCodeFor', { name });
}
