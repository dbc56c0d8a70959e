/**
 * The 3-strike lockout (§1.1, RFC 4226 §7.3 throttling): three consecutive failed
 * verifications lock the account for 5 minutes: a wrong password or a wrong MFA code
 * at login, or a wrong code when activating an MFA key (§4 "throttle failed
 * verifications": otherwise a pending key's code could be guessed without limit).
 * A correct password alone does not reset the count; only a completed login does,
 * otherwise "right password, wrong code" could be repeated forever.
 */
import { lockedOut, tooManyRequests } from './errors';
import type { EmnifyUserRecord } from './state';

const MAX_FAILURES = 3;
const LOCK_MS = 5 * 60 * 1000;

/** True while the account is locked; forgets an expired lock (and its count). */
function isLocked(user: EmnifyUserRecord, nowMs: number): boolean {
  if (user.lockedUntil === undefined) return false;
  if (nowMs < user.lockedUntil) return true;
  delete user.lockedUntil;
  user.failedLogins = 0;
  return false;
}

/** At login: the TooManyRequests 401, the one 401 with a body (§1.1). */
export function assertNotLocked(user: EmnifyUserRecord, nowMs: number): void {
  if (isLocked(user, nowMs)) throw lockedOut();
}

/**
 * At MFA key activation (`PATCH /user/mfa/{id}`, same count, same lock): 429
 * TooManyRequests rather than the login's 401, because the caller's bearer is
 * fine, and a 401 would tell a client to drop its session.
 */
export function assertVerificationNotLocked(user: EmnifyUserRecord, nowMs: number): void {
  if (isLocked(user, nowMs)) {
    throw tooManyRequests('Too many failed attempts: the account is locked for 5 minutes.');
  }
}

export function recordFailedVerification(user: EmnifyUserRecord, nowMs: number): void {
  user.failedLogins += 1;
  if (user.failedLogins >= MAX_FAILURES) user.lockedUntil = nowMs + LOCK_MS;
}

export function recordSuccessfulLogin(user: EmnifyUserRecord): void {
  user.failedLogins = 0;
  delete user.lockedUntil;
}
