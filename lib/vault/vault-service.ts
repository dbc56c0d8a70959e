// The vault API the background uses. A factory rather than module state: a service worker can
// be stopped at any time, so nothing here lives only in memory — tests simulate a restart by
// creating a second instance over the same database and the same storage.session.
import { deleteDB } from 'idb';
import { generateDataKey } from '../crypto/aes-gcm';
import { KDF_MIN_ITERATIONS, newKdfParams } from '../crypto/kdf';
import { createAccountOrderStore, type DeletedAccount } from './account-order-store';
import { createAccountsStore, type AccountPatch } from './accounts-store';
import { dropAllDeletedAccounts } from './deleted-accounts';
import { inWriteTransaction, openVaultDb, VAULT_DB_NAME, type VaultDb } from './db';
import { VaultExistsError, VaultUninitialisedError } from './errors';
import { unwrapDataKey, wrapDataKey } from './keyring';
import { assertPassphraseStrength } from '../crypto/passphrase-policy';
import type { VaultRecord } from './record-types';
import { createRecordsStore } from './records-store';
import { parseKeyringRecord, type KeyringRecord } from './schemas';
import { loadUnlockedKey } from './session-key';
import { createUnlockedCache } from './unlocked-cache';
import type { AccountFields, StoredAccount } from './vault-port';

export type VaultState = 'uninitialised' | 'locked' | 'unlocked';
export type KdfOptions = { iterations?: number };
export type VaultServiceOptions = { dbName?: string; now?: () => number };

export type VaultService = {
  getVaultState(): Promise<VaultState>;
  createVault(passphrase: string, opts?: KdfOptions): Promise<void>;
  unlockVault(passphrase: string): Promise<void>;
  lockVault(): Promise<void>;
  changePassphrase(current: string, next: string, opts?: KdfOptions): Promise<void>;
  listAccounts(): Promise<StoredAccount[]>;
  getAccount(id: string): Promise<StoredAccount>;
  addAccount(input: AccountFields): Promise<StoredAccount>;
  updateAccount(id: string, patch: AccountPatch): Promise<StoredAccount>;
  /**
   * HOTP only (else NotHotpAccountError): stores counter + 1 and returns the account as it was
   * before, i.e. with the counter to generate this code with. Serialised with all other writes.
   */
  advanceHotpCounter(id: string): Promise<StoredAccount>;
  /** Deletes the account and hands back its sealed record, for restoreAccount. */
  deleteAccount(id: string): Promise<DeletedAccount>;
  /**
   * Puts a deleted account back at its order. AccountExistsError if its id is in the vault
   * again; DecryptionError if the record was altered or belongs to another id.
   */
  restoreAccount(deleted: DeletedAccount): Promise<StoredAccount>;
  /** Stores a new order; `ids` must name every account exactly once (else InvalidOrderError). */
  reorderAccounts(ids: readonly string[]): Promise<void>;
  /** WrongPassphraseError unless the passphrase unwraps the data key. Changes nothing. */
  verifyPassphrase(passphrase: string): Promise<void>;
  /**
   * Deletes the whole database, forgets the unlocked key and the deleted accounts kept for an
   * undo: afterwards the vault is uninitialised.
   */
  eraseVault(): Promise<void>;
  /** Every secret record, decrypted. */
  listRecords(): Promise<VaultRecord[]>;
  /** Adds the record, or replaces the one with the same id (InvalidRecordError if malformed). */
  putRecord(record: VaultRecord): Promise<void>;
  /** Removes the record; nothing happens when there is none with that id. */
  deleteRecord(id: string): Promise<void>;
  /** Closes the database connection (tests, or before deleting the database). */
  close(): Promise<void>;
};

export function createVaultService(options: VaultServiceOptions = {}): VaultService {
  const dbName = options.dbName ?? VAULT_DB_NAME;
  const now = options.now ?? Date.now;
  const cache = createUnlockedCache();
  let dbPromise: Promise<VaultDb> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function getDb(): Promise<VaultDb> {
    dbPromise ??= openVaultDb(dbName, { onClosed: () => (dbPromise = undefined) });
    return dbPromise;
  }

  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

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

  function createVault(passphrase: string, opts: KdfOptions = {}): Promise<void> {
    return exclusive(async () => {
      assertPassphraseStrength(passphrase);
      // Checked before the (slow) derivation, and again inside the write transaction below.
      if (await readKeyring()) throw new VaultExistsError();
      const kdf = newKdfParams(opts.iterations ?? KDF_MIN_ITERATIONS);
      const dataKey = generateDataKey();
      const keyring = await wrapDataKey(passphrase, dataKey, kdf, now());
      await inWriteTransaction(await getDb(), 'meta', async (tx) => {
        if ((await tx.store.getKey('keyring')) !== undefined) throw new VaultExistsError();
        await tx.store.add(keyring, 'keyring');
      });
      await cache.remember(dataKey);
    });
  }

  async function unlockVault(passphrase: string): Promise<void> {
    const dataKey = await unwrapDataKey(passphrase, await requireKeyring());
    await cache.remember(dataKey);
  }

  function changePassphrase(current: string, next: string, opts: KdfOptions = {}): Promise<void> {
    return exclusive(async () => {
      assertPassphraseStrength(next);
      const keyring = await requireKeyring();
      // New salt always; iterations kept unless raised. Policy is checked before any derivation.
      const iterations = opts.iterations ?? Math.max(keyring.kdf.iterations, KDF_MIN_ITERATIONS);
      const kdf = newKdfParams(iterations);
      const dataKey = await unwrapDataKey(current, keyring);
      const rewrapped = await wrapDataKey(next, dataKey, kdf, keyring.createdAt);
      await inWriteTransaction(await getDb(), 'meta', async (tx) => {
        await tx.store.put(rewrapped, 'keyring');
      });
    });
  }

  async function verifyPassphrase(passphrase: string): Promise<void> {
    // The unwrapped key is dropped at once: this only proves the person at the keyboard knows it.
    await unwrapDataKey(passphrase, await requireKeyring());
  }

  function eraseVault(): Promise<void> {
    return exclusive(async () => {
      // The key goes first: whatever happens next, nothing can be decrypted any more.
      await cache.forget();
      await dropAllDeletedAccounts();
      await close();
      await deleteDB(dbName);
    });
  }

  async function close(): Promise<void> {
    const pending = dbPromise;
    dbPromise = undefined;
    if (pending) (await pending).close();
  }

  const accounts = createAccountsStore({
    getDb,
    requireUnlocked: cache.requireUnlocked,
    exclusive,
    now,
  });
  const order = createAccountOrderStore({ getDb, requireUnlocked: cache.requireUnlocked, exclusive });
  const records = createRecordsStore({ getDb, requireUnlocked: cache.requireUnlocked, exclusive });

  return {
    getVaultState,
    createVault,
    unlockVault,
    lockVault: cache.forget,
    changePassphrase,
    ...accounts,
    ...order,
    verifyPassphrase,
    eraseVault,
    ...records,
    close,
  };
}
