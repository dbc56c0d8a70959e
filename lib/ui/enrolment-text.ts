import type { PendingEnrolment } from '../protocol/protocol';

/** The reminder for a key whose seed is in the vault but which the server has not activated. */
export function enrolmentReminder(enrolment: PendingEnrolment): string {
  return `The MFA key for ${enrolment.username} on ${enrolment.profile.name} is not activated yet.`;
}

/** Finishing or cancelling needs a session as the key's user on the key's server. */
export function enrolmentLoginHint(enrolment: PendingEnrolment): string {
  return `Log in as ${enrolment.username} on ${enrolment.profile.name} to finish or cancel it.`;
}
