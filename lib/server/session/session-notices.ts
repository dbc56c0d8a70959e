import { t } from '../../i18n/t';

// Why a session ended, as the session record keeps it (none for the user's own logout); the login
// form's sentence is worded when the view is built, in the language the user reads it in.
export const SESSION_EXPIRED_NOTICE = 'session-expired';
export const PASSWORD_CHANGED_NOTICE = 'password-changed';
export type SessionNotice = typeof SESSION_EXPIRED_NOTICE | typeof PASSWORD_CHANGED_NOTICE;

/** The login form's sentence for why the last session ended; none for a reason it does not know. */
export function sessionNoticeText(notice: string | undefined): string | undefined {
  if (notice === SESSION_EXPIRED_NOTICE) return t('serverSessionExpiredNotice');
  if (notice === PASSWORD_CHANGED_NOTICE) return t('serverPasswordChangedNotice');
  return undefined;
}
