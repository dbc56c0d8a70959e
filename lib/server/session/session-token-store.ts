// The token store of one profile's EMnify client, backed by the session machine. The client only
// renews or expires tokens here; a login's tokens are stored by the login flow's own transition
// (login-completion.ts), so the answer of a login that was ended meanwhile never reaches storage.
// Every write is a transition that expects the very session that holds the tokens the client used:
// a late refresh cannot bring back a session that was ended, nor touch a newer one.
import type { EmnifyTokens, TokenStore } from '../../api';
import type { SessionRecord, SessionState } from './session-machine';
import { readSessionRecord, transition } from './session-machine';
import { SESSION_EXPIRED_NOTICE } from './session-notices';

export function sessionTokenStore(profileId: string): TokenStore {
  const tokensOf = ({ session }: SessionRecord) =>
    session.state === 'logged-in' && session.profileId === profileId ? session.tokens : undefined;
  const holds = (current: EmnifyTokens) => (record: SessionRecord) => {
    const stored = tokensOf(record);
    return stored?.authToken === current.authToken && stored.refreshToken === current.refreshToken;
  };
  return {
    get: async () => tokensOf(await readSessionRecord()),
    // Stored by the login flow once it knows the login is still wanted.
    set: async () => undefined,
    async replace(current, next) {
      const renewed = await transition(holds(current), (session) => ({ ...session, tokens: next }) as SessionState);
      return renewed !== undefined;
    },
    // Without `current` the client is logging out: the flow that asked has ended the session itself.
    async clear(current) {
      if (current) await transition(holds(current), { state: 'logged-out', notice: SESSION_EXPIRED_NOTICE });
    },
  };
}
