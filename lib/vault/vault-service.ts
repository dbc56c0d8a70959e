// The vault API the background uses. A factory rather than module state: a service worker can
// be stopped at any time, so nothing here lives only in memory — tests simulate a restart by
// creating a second instance over the same database and the same storage.session.
import { deleteDB } from 'idb';
import { createAccountOrderStore, type DeletedAccount } from './account-order-store';
import { createAccountsStore, type AccountPatch } from './accounts-store';
import { dropAllDeletedAccounts } from './deleted-accounts';
import { openVaultDb, VAULT_DB_NAME, type VaultDb } from './db';
import { createKeyringStore, type KdfOptions, type VaultState } from './keyring-store';
import type { VaultRecord } from './record-types';
import { createRecordsStore } from './records-store';
import type { KeyringRecord } from './schemas';
import { syncCipherOf } from './sync-cipher';
import { createSyncChanges } from './sync-changes';
import { createUnlockedCache } from './unlocked-cache';
import type { AccountFields, AccountsForSync, StoredAccount, SyncCipher, SyncedChange } from './vault-port';
import { createWriteQueue } from './write-queue';

export type { KdfOptions, VaultState };
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
  /** Every account and the version they are at, read in one turn of the write queue (unlocked only). */
  readAccountsForSync(): Promise<AccountsForSync>;
  /**
   * Compare and set: VaultChangedMeanwhileError if any account was written since `version`; else
   * puts (each with its own id and createdAt; a replaced one keeps its place unless `order` is
   * given), removes (an absent id is fine) and the order (naming exactly the accounts there after
   * the change, else InvalidOrderError) land in one transaction. One invalid account
   * (InvalidAccountError) refuses the whole change.
   */
  applySyncedChanges(version: number, change: SyncedChange): Promise<void>;
  /** The keyring as stored; VaultUninitialisedError when there is none. */
  getKeyring(): Promise<KeyringRecord>;
  /**
   * Seals every account and secret record again under `dataKey` and stores `keyring` (which the
   * caller checked wraps it) in one transaction; then the vault is unlocked with `dataKey`, and the
   * deletions kept for an undo are dropped. Unlocked only; KdfPolicyError for weak KDF settings.
   */
  rekeyVault(keyring: KeyringRecord, dataKey: Uint8Array): Promise<void>;
  /** As createVault, with a keyring made elsewhere: VaultExistsError if there is a vault. */
  adoptKeyringWhileUninitialised(keyring: KeyringRecord, dataKey: Uint8Array): Promise<void>;
  /** Stores a keyring wrapping the same data key under another passphrase (unlocked only). */
  replaceKeyring(keyring: KeyringRecord): Promise<void>;
  /**
   * Keeps a keyring re-wrapped elsewhere aside: the next unlock tries it first, and it replaces
   * the keyring once its passphrase unwraps a key that opens this vault's records.
   */
  setPendingKeyring(keyring: KeyringRecord): Promise<void>;
  /** A cipher under the unlocked data key for what sync stores; VaultLockedError when locked. */
  syncCipher(): Promise<SyncCipher>;
  /** Closes the database connection (tests, or before deleting the database). */
  close(): Promise<void>;
};

export function createVaultService(options: VaultServiceOptions = {}): VaultService {
  const dbName = options.dbName ?? VAULT_DB_NAME;
  const now = options.now ?? Date.now;
  const cache = createUnlockedCache();
  const queue = createWriteQueue();
  let dbPromise: Promise<VaultDb> | undefined;

  function getDb(): Promise<VaultDb> {
    dbPromise ??= openVaultDb(dbName, { onClosed: () => (dbPromise = undefined) });
    return dbPromise;
  }

  const keyring = createKeyringStore({ getDb, cache, queue, now });

  function eraseVault(): Promise<void> {
    // Counted as a write to the accounts: changes prepared before it must not land after it.
    return queue.writingAccounts(async () => {
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

  const { requireUnlocked } = cache;
  // Both write accounts or their order: each of their writes moves the accounts' version on.
  const accountWrites = { getDb, requireUnlocked, exclusive: queue.writingAccounts };
  const accounts = createAccountsStore({ ...accountWrites, now });
  const order = createAccountOrderStore(accountWrites);
  const records = createRecordsStore({ getDb, requireUnlocked, exclusive: queue.exclusive });
  const sync = createSyncChanges({ getDb, requireUnlocked, queue, listAccounts: accounts.listAccounts });

  return {
    ...keyring,
    lockVault: cache.forget,
    ...accounts,
    ...order,
    eraseVault,
    ...records,
    ...sync,
    syncCipher: () => syncCipherOf(requireUnlocked),
    close,
  };
}
