/**
 * The 3-strike lockout (§1.1, RFC 4226 §7.3 throttling): three consecutive failed
 * authentications, wrong password or wrong MFA code, lock the account for 5 minutes.
 * A correct password alone does not reset the count; only a completed login does,
 * otherwise "right password, wrong code" could be repeated forever.
 */
import { lockedOut } from './errors';
import type { EmnifyUserRecord } from './state';

const MAX_FAILURES = 3;
const LOCK_MS = 5 * 60 * 1000;

/** Throws the TooManyRequests 401 while locked; forgets an expired lock. */
export function assertNotLocked(user: EmnifyUserRecord, nowMs: number): void {
  if (user.lockedUntil === undefined) return;
  if (nowMs < user.lockedUntil) throw lockedOut();
  delete user.lockedUntil;
  user.failedLogins = 0;
}

export function recordFailedLogin(user: EmnifyUserRecord, nowMs: number): void {
  user.failedLogins += 1;
  if (user.failedLogins >= MAX_FAILURES) user.lockedUntil = nowMs + LOCK_MS;
}

export function recordSuccessfulLogin(user: EmnifyUserRecord): void {
  user.failedLogins = 0;
  delete user.lockedUntil;
}
