// Ending the server session: logout, lock, expiry, changed password, removed profile, a cancelled
// MFA step, a new login. The contract has no server-side logout (docs/api-contract.md §1.2), so
// ending is the machine going to logged-out, which forgets the tokens and any mfa_token.
import { cancelRefresh } from './refresh-schedule';
import { ANY_RECORD, transition, type Expected, type SessionState, type Transitioned } from './session-machine';

import type { SessionNotice } from './session-notices';

export { PASSWORD_CHANGED_NOTICE, SESSION_EXPIRED_NOTICE } from './session-notices';

/** A session or a pending MFA step: what pages show, and announce the end of. */
export const isSession = (state: SessionState) => state.state === 'awaiting-code' || state.state === 'logged-in';

/**
 * Moves from whatever the session was (only from what `expected` accepts, when given) to `next`,
 * and cancels the refresh alarm of the old one. Undefined when `expected` did not hold. The EMnify
 * client needs no telling: it reads its tokens from the machine, which no longer holds them, and
 * its token store writes only through a transition that expects the session they belonged to.
 */
export async function leaveSession(expected: Expected, next: SessionState): Promise<Transitioned | undefined> {
  const moved = await transition(expected, next);
  if (!moved) return undefined;
  await cancelRefresh();
  return moved;
}

/**
 * Ends the session or the pending MFA step, and a login still waiting for its answer, which will
 * not keep it. `notice` says why on the next login form (none for the user's own logout). True
 * when there was a session or a pending step to end.
 */
export async function endServerSession(options: { notice?: SessionNotice; expected?: Expected } = {}): Promise<boolean> {
  const moved = await leaveSession(options.expected ?? ANY_RECORD, { state: 'logged-out', notice: options.notice });
  return moved !== undefined && isSession(moved.from);
}

/** Ends the session only if it is on `profileId` (a profile being removed). */
export function endServerSessionOn(profileId: string): Promise<boolean> {
  return endServerSession({
    expected: ({ session }) => session.state !== 'logged-out' && session.profileId === profileId,
  });
}
