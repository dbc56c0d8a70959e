// Everything about the keyring: whether there is a vault and whether it is unlocked, creating,
// unlocking, changing the passphrase, and what sync asks of it (publishing the keyring, taking one
// from another browser, re-keying).
// Keyrings handed in come from sync, so they are input: checked for shape and for KDF policy
// (KdfPolicyError) before anything is derived or written.
import { generateDataKey, importDataKey } from '../crypto/aes-gcm';
import { assertKdfPolicy, KDF_MIN_ITERATIONS, newKdfParams } from '../crypto/kdf';
import { assertPassphraseStrength } from '../crypto/passphrase-policy';
import { inWriteTransaction, type VaultDb } from './db';
import { dropAllDeletedAccounts } from './deleted-accounts';
import { VaultExistsError, VaultUninitialisedError } from './errors';
import { unwrapDataKey, wrapDataKey } from './keyring';
import { hasPendingKeyring, provenPendingKeyring } from './pending-keyring';
import { resealVault } from './rekey';
import { parseKeyringRecord, type KeyringRecord } from './schemas';
import { loadUnlockedKey } from './session-key';
import type { UnlockedCache } from './unlocked-cache';
import type { WriteQueue } from './write-queue';

export type KdfOptions = { iterations?: number };
export type VaultState = 'uninitialised' | 'locked' | 'unlocked';

export type KeyringStoreDeps = {
  getDb(): Promise<VaultDb>;
  cache: UnlockedCache;
  queue: WriteQueue;
  now(): number;
};

export function createKeyringStore({ getDb, cache, queue, now }: KeyringStoreDeps) {
  async function readKeyring(): Promise<KeyringRecord | undefined> {
    const stored = await (await getDb()).get('meta', 'keyring');
    return stored === undefined ? undefined : parseKeyringRecord(stored);
  }

  async function requireKeyring(): Promise<KeyringRecord> {
    const keyring = await readKeyring();
    if (!keyring) throw new VaultUninitialisedError();
    return keyring;
  }

  async function getVaultState(): Promise<VaultState> {
    // Read side by side: a freshly started worker opens the database for the first while the
    // second is read from memory.
    const [keyring, key] = await Promise.all([readKeyring(), loadUnlockedKey()]);
    if (!keyring) return 'uninitialised';
    return key ? 'unlocked' : 'locked';
  }

  /** Stores the first keyring of a vault; VaultExistsError if there is one. Call inside the queue. */
  async function storeFirstKeyring(keyring: KeyringRecord): Promise<void> {
    await inWriteTransaction(await getDb(), 'meta', async (tx) => {
      if ((await tx.store.getKey('keyring')) !== undefined) throw new VaultExistsError();
      await tx.store.add(keyring, 'keyring');
    });
  }

  /** Replaces the keyring; a pending one is settled by it either way. Call inside the queue. */
  async function storeKeyring(keyring: KeyringRecord): Promise<void> {
    await inWriteTransaction(await getDb(), 'meta', async (tx) => {
      await tx.store.put(keyring, 'keyring');
      await tx.store.delete('pendingKeyring');
    });
  }

  function createVault(passphrase: string, opts: KdfOptions = {}): Promise<void> {
    return queue.exclusive(async () => {
      assertPassphraseStrength(passphrase);
      // Checked before the (slow) derivation, and again inside the write transaction.
      if (await readKeyring()) throw new VaultExistsError();
      const kdf = newKdfParams(opts.iterations ?? KDF_MIN_ITERATIONS);
      const dataKey = generateDataKey();
      await storeFirstKeyring(await wrapDataKey(passphrase, dataKey, kdf, now()));
      await cache.remember(dataKey);
    });
  }

  async function unlockVault(passphrase: string): Promise<void> {
    // In the write queue only when the unlock may write: a pending keyring can replace the keyring.
    if (await hasPendingKeyring(await getDb())) return queue.exclusive(() => unlockTryingPending(passphrase));
    await cache.remember(await unwrapDataKey(passphrase, await requireKeyring()));
  }

  /**
   * The passphrase chosen on another browser first; failing that, the keyring in place, so the old
   * passphrase keeps working until the new one is used. A pending keyring comes from sync: were it
   * forged, it must never lock the user out, and it never takes the keyring's place.
   */
  async function unlockTryingPending(passphrase: string): Promise<void> {
    const keyring = await requireKeyring();
    const proven = await provenPendingKeyring(await getDb(), passphrase);
    if (proven) {
      await storeKeyring(proven.keyring);
      await cache.remember(proven.dataKey);
      return;
    }
    await cache.remember(await unwrapDataKey(passphrase, keyring));
  }

  function changePassphrase(current: string, next: string, opts: KdfOptions = {}): Promise<void> {
    return queue.exclusive(async () => {
      assertPassphraseStrength(next);
      const keyring = await requireKeyring();
      // New salt always; iterations kept unless raised. Policy is checked before any derivation.
      const iterations = opts.iterations ?? Math.max(keyring.kdf.iterations, KDF_MIN_ITERATIONS);
      const kdf = newKdfParams(iterations);
      const dataKey = await unwrapDataKey(current, keyring);
      // A passphrase chosen here now is newer than one waiting from another browser: that one goes.
      await storeKeyring(await wrapDataKey(next, dataKey, kdf, keyring.createdAt));
    });
  }

  async function verifyPassphrase(passphrase: string): Promise<void> {
    // The unwrapped key is dropped at once: this only proves the person at the keyboard knows it.
    await unwrapDataKey(passphrase, await requireKeyring());
  }

  function getKeyring(): Promise<KeyringRecord> {
    return requireKeyring();
  }

  function adoptKeyringWhileUninitialised(keyring: KeyringRecord, dataKey: Uint8Array): Promise<void> {
    return queue.exclusive(async () => {
      const accepted = acceptedKeyring(keyring);
      await importDataKey(dataKey);
      await storeFirstKeyring(accepted);
      await cache.remember(dataKey);
    });
  }

  function replaceKeyring(keyring: KeyringRecord): Promise<void> {
    return queue.exclusive(async () => {
      const accepted = acceptedKeyring(keyring);
      await cache.requireUnlocked();
      await requireKeyring();
      await storeKeyring(accepted);
    });
  }

  function setPendingKeyring(keyring: KeyringRecord): Promise<void> {
    return queue.exclusive(async () => {
      const accepted = acceptedKeyring(keyring);
      await requireKeyring();
      await inWriteTransaction(await getDb(), 'meta', async (tx) => {
        await tx.store.put(accepted, 'pendingKeyring');
      });
    });
  }

  function rekeyVault(keyring: KeyringRecord, dataKey: Uint8Array): Promise<void> {
    return queue.writingAccounts(async () => {
      const accepted = acceptedKeyring(keyring);
      const unlocked = await cache.requireUnlocked();
      await resealVault(await getDb(), unlocked.key, await importDataKey(dataKey), accepted);
      await cache.remember(dataKey);
      // Sealed under the old key, they could only fail to come back.
      await dropAllDeletedAccounts();
    });
  }

  return {
    getVaultState,
    createVault,
    unlockVault,
    changePassphrase,
    verifyPassphrase,
    getKeyring,
    adoptKeyringWhileUninitialised,
    replaceKeyring,
    setPendingKeyring,
    rekeyVault,
  };
}

/** A keyring from elsewhere, in the shape the vault stores and with KDF settings it accepts. */
function acceptedKeyring(keyring: KeyringRecord): KeyringRecord {
  const parsed = parseKeyringRecord(keyring);
  assertKdfPolicy(parsed.kdf);
  return parsed;
}
