// The cipher the sync seals what it stores with: the vault's data key, used without leaving this
// module. The AAD the sync gives is put after a label of its own, so nothing sealed for the sync
// can pass for an account, a secret record or the keyring, whatever AAD it was given.
import { importDataKey, open, seal } from '../crypto/aes-gcm';
import { concatBytes, utf8Encode } from '../crypto/bytes';
import type { Unlocked } from './unlocked-cache';
import type { SyncCipher } from './vault-port';

const SYNC_AAD_LABEL = utf8Encode('otp-vault/sync/');

function syncAad(aad: Uint8Array): Uint8Array {
  return concatBytes(SYNC_AAD_LABEL, aad);
}

/**
 * VaultLockedError when locked. Each use asks for the key again, so a cipher kept past a lock
 * refuses, and one kept past a re-keying uses the vault's key of now.
 */
export async function syncCipherOf(requireUnlocked: () => Promise<Unlocked>): Promise<SyncCipher> {
  await requireUnlocked();
  return {
    seal: async (plaintext, aad) => seal((await requireUnlocked()).key, plaintext, syncAad(aad)),
    open: async (sealed, aad) => open((await requireUnlocked()).key, sealed, syncAad(aad)),
  };
}

/**
 * The same cipher for a data key not yet the vault's: a browser joining a synced vault checks the
 * synced keyring and reads the synced accounts with it before its own vault is sealed under it.
 */
export async function syncCipherForKey(dataKey: Uint8Array): Promise<SyncCipher> {
  const key = await importDataKey(dataKey);
  return {
    seal: (plaintext, aad) => seal(key, plaintext, syncAad(aad)),
    open: (sealed, aad) => open(key, sealed, syncAad(aad)),
  };
}
