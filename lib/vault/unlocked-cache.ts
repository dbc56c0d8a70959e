// In-memory cache of the imported data key and decrypted accounts. It is only an optimisation:
// the source of truth for "unlocked" is the key in storage.session, checked on every call, so a
// restarted worker rebuilds the cache transparently and a lock anywhere empties it.
import { importDataKey } from '../crypto/aes-gcm';
import { constantTimeEqual } from '../crypto/bytes';
import { VaultLockedError } from './errors';
import { clearUnlockedKey, loadUnlockedKey, saveUnlockedKey } from './session-key';
import type { StoredAccount } from './vault-port';

/** A decrypted account, remembered together with the exact ciphertext it came from. */
type CachedAccount = { iv: Uint8Array; ciphertext: Uint8Array; account: StoredAccount };

export type Unlocked = {
  key: CryptoKey;
  accounts: Map<string, CachedAccount>;
  /**
   * Every account in order, as last read from disk. Only this service writes the vault, and every
   * write drops it, so while it is set it is what a fresh read would return; listing 1,000
   * accounts then costs no IndexedDB read and no parsing.
   */
  list?: StoredAccount[];
  /** Counts writes, so a read that overlapped one does not keep its (older) list. */
  writes: number;
};

/** After any write to the accounts: the cached list is stale, and a read in flight must not keep its own. */
export function forgetAccountList(unlocked: Unlocked): void {
  unlocked.list = undefined;
  unlocked.writes += 1;
}

export type UnlockedCache = {
  /** The current key, or VaultLockedError when storage.session holds none. */
  requireUnlocked(): Promise<Unlocked>;
  /** Parks the raw key in storage.session and primes the cache. */
  remember(raw: Uint8Array): Promise<void>;
  /** Wipes the session key and everything decrypted. */
  forget(): Promise<void>;
};

export function createUnlockedCache(): UnlockedCache {
  let current: (Unlocked & { raw: Uint8Array }) | undefined;

  async function requireUnlocked(): Promise<Unlocked> {
    const raw = await loadUnlockedKey();
    if (!raw) {
      current = undefined;
      throw new VaultLockedError();
    }
    // The raw key is a secret: compared without an early exit (bytesEqual is for public data).
    if (!current || !constantTimeEqual(current.raw, raw)) {
      current = { raw, key: await importDataKey(raw), accounts: new Map(), writes: 0 };
    }
    return current;
  }

  async function remember(raw: Uint8Array): Promise<void> {
    const key = await importDataKey(raw);
    await saveUnlockedKey(raw);
    current = { raw: raw.slice(), key, accounts: new Map(), writes: 0 };
  }

  async function forget(): Promise<void> {
    current = undefined;
    await clearUnlockedKey();
  }

  return { requireUnlocked, remember, forget };
}
