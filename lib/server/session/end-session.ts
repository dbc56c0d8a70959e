// Ending the server session: logout, lock, expiry, changed password, removed profile, a cancelled
// MFA step, a new login. The contract has no server-side logout (docs/api-contract.md §1.2), so
// ending is the machine going to logged-out, which forgets the tokens and any mfa_token.
import { existingEmnifyClient } from '../emnify-clients';
import { cancelRefresh } from './refresh-schedule';
import { ANY_RECORD, transition, type Expected, type SessionRecord, type SessionState, type Transitioned } from './session-machine';

export { PASSWORD_CHANGED_NOTICE, SESSION_EXPIRED_NOTICE } from './session-notices';

/** A session or a pending MFA step: what pages show, and announce the end of. */
export const isSession = (state: SessionState) => state.state === 'awaiting-code' || state.state === 'logged-in';

/**
 * Moves from whatever the session was (only from what `expected` accepts, when given) to `next`,
 * and lets go of what the old one held. Undefined when `expected` did not hold.
 */
export async function leaveSession(expected: Expected, next: SessionState): Promise<Transitioned | undefined> {
  const moved = await transition(expected, next);
  if (!moved) return undefined;
  const { from } = moved;
  // Through the client as well: it starts a new epoch, so a call of the ended session under way is
  // never retried with the tokens of a later one.
  if (from.state !== 'logged-out') await existingEmnifyClient(from.profileId)?.logout();
  await cancelRefresh();
  return moved;
}

/**
 * Ends the session or the pending MFA step, and a login still waiting for its answer, which will
 * not keep it. `notice` says why on the next login form (none for the user's own logout). True
 * when there was a session or a pending step to end.
 */
export async function endServerSession(options: { notice?: string; expected?: Expected } = {}): Promise<boolean> {
  const next: SessionState = { state: 'logged-out', notice: options.notice };
  const expected = options.expected ?? ANY_RECORD;
  // Ending what is already over, for the same reason, writes nothing.
  const changes = (record: SessionRecord) =>
    (typeof expected === 'number' ? record.revision === expected : expected(record)) &&
    JSON.stringify(record.session) !== JSON.stringify(next);
  const moved = await leaveSession(changes, next);
  return moved !== undefined && isSession(moved.from);
}

/** Ends the session only if it is on `profileId` (a profile being removed). */
export function endServerSessionOn(profileId: string): Promise<boolean> {
  return endServerSession({
    expected: ({ session }) => session.state !== 'logged-out' && session.profileId === profileId,
  });
}
