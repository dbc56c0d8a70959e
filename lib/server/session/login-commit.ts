// The end of a login: what the server answered is stored only if nothing ended the session while
// it answered (a logout, a lock, a cancelled MFA step, another login). Otherwise the tokens the
// client kept with the answer are dropped again, unless a newer login has already replaced them.
// @see session-changes.ts
import type { AuthResult, EmnifyClient } from '../../api';
import type { VaultPort } from '../../vault/vault-port';
import { changeSessionSerially, sessionEndings } from './session-changes';
import { readStoredTokens } from './session-storage';
import { requireUnlocked } from './unlocked';

export type LoginInFlight = {
  vault: VaultPort;
  client: EmnifyClient;
  /** sessionEndings() when the login started (after it ended the session before it). */
  since: number;
  /** What to throw when the session was ended meanwhile and the vault is still open. */
  ended: () => Error;
};

export function commitLogin(login: LoginInFlight, answer: AuthResult, store: () => Promise<void>): Promise<void> {
  return changeSessionSerially(async () => {
    if (sessionEndings() === login.since) return store();
    if (answer.kind === 'tokens' && (await readStoredTokens())?.authToken === answer.authToken) {
      await login.client.logout();
    }
    // A lock says so: it is what the user will want to undo first.
    await requireUnlocked(login.vault);
    throw login.ended();
  });
}
