// Ending the server session: logout, lock, expiry, changed password, removed profile. The contract
// has no server-side logout (docs/api-contract.md §1.2), so ending is forgetting the tokens here.
import { existingEmnifyClient } from '../emnify-clients';
import { cancelRefresh } from './refresh-schedule';
import { changeSessionSerially, countSessionEnding } from './session-changes';
import { clearSessionState, readPendingMfa, readStoredSession, readStoredTokens, writeNotice } from './session-storage';

export const SESSION_EXPIRED_NOTICE = 'Your session expired. Log in again.';
export const PASSWORD_CHANGED_NOTICE = 'Password changed. Log in with your new password.';

/**
 * Drops the tokens, the session's facts and any pending MFA step, and cancels the refresh alarm.
 * `notice` says why on the next login form (none for the user's own logout). True when there was a
 * session or a pending step to end. A login still waiting for its answer will not keep it.
 */
export function endServerSession(options: { notice?: string } = {}): Promise<boolean> {
  return changeSessionSerially(() => endServerSessionNow(options));
}

/** endServerSession for code that already runs as a session change (changeSessionSerially). */
export async function endServerSessionNow(options: { notice?: string } = {}): Promise<boolean> {
  countSessionEnding();
  const [session, tokens, pending] = await Promise.all([readStoredSession(), readStoredTokens(), readPendingMfa()]);
  const profileIds = new Set([session?.profileId, tokens?.profileId, pending?.profileId]);
  // Through the client as well: it starts a new epoch, so a refresh still under way cannot store
  // its renewed token after this.
  for (const profileId of profileIds) {
    if (profileId !== undefined) await existingEmnifyClient(profileId)?.logout();
  }
  const ended = await clearSessionState();
  await cancelRefresh();
  await writeNotice(options.notice);
  return ended;
}

/** Ends the session only if it is on `profileId` (a profile being removed). */
export async function endServerSessionOn(profileId: string): Promise<boolean> {
  const [session, tokens, pending] = await Promise.all([readStoredSession(), readStoredTokens(), readPendingMfa()]);
  const onProfile = [session, tokens, pending].some((stored) => stored?.profileId === profileId);
  return onProfile ? endServerSession() : false;
}
