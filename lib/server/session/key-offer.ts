// "Use this key for ann@… on Server next time?": after a login whose code came from a vault account
// the user picked at the MFA step, the logged-in session carries the offer to tie that account to
// this user, so that the next login is one click. The offer lives in the session machine's state
// (storage.session): a reopened popup or a restarted worker still shows it, and it ends with the
// session (logout, lock, expiry, browser restart), since it belongs to the login that earned it.
import { tieAccount } from '../../accounts/server-binding';
import type { ServerDeps } from '../server-deps';
import type { SessionView } from '../server-views';
import { readSessionRecord, transition } from './session-machine';
import { buildSessionView } from './session-view';
import { requireUnlocked } from './unlocked';

/** Remember: ties the picked account to the logged-in user. Either answer ends the offer. */
export async function answerKeyOffer(deps: Pick<ServerDeps, 'vault' | 'now'>, remember: boolean): Promise<SessionView> {
  await requireUnlocked(deps.vault);
  const { session } = await readSessionRecord();
  if (session.state === 'logged-in' && session.keyOffer && session.username) {
    const { profileId, username, keyOffer } = session;
    // Tied before the offer goes: a tie that fails leaves the offer, to try again or decline.
    if (remember) await tieAccount(deps.vault, keyOffer, { profileId, username }, deps.now());
    await transition(
      ({ session: now }) => now.state === 'logged-in' && now.keyOffer === keyOffer,
      // Through JSON, like every state the machine writes: the undefined field is left out.
      (current) => ({ ...current, keyOffer: undefined }),
    );
  }
  return buildSessionView(deps);
}
