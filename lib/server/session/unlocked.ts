// The server flows need the vault open: fingerprints, OAuth clients and seeds live there, and a
// session's tokens are kept only while it is unlocked (locking ends the session).
import type { VaultPort } from '../../vault/vault-port';
import { VaultLockedError } from '../../vault/errors';

export async function requireUnlocked(vault: VaultPort): Promise<void> {
  if ((await vault.getVaultState()) !== 'unlocked') throw new VaultLockedError();
}
