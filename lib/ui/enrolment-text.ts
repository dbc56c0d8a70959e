import { t } from '../i18n/t';
import type { PendingEnrolment } from '../protocol/protocol';

/** The reminder for a key whose seed is in the vault but which the server has not activated. */
export function enrolmentReminder(enrolment: PendingEnrolment): string {
  return t('uiEnrolmentReminder', { user: enrolment.username, server: enrolment.profile.name });
}

/** Finishing or cancelling needs a session as the key's user on the key's server. */
export function enrolmentLoginHint(enrolment: PendingEnrolment): string {
  return t('uiEnrolmentLoginHint', { user: enrolment.username, server: enrolment.profile.name });
}
