// The vault's IndexedDB database: typed schema and cumulative upgrade steps.
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { createRecordsStore } from './migrations/v2-records-store';
import type { SealedRecord } from './record-schemas';
import type { AccountRecord, KeyringRecord } from './schemas';

export const VAULT_DB_NAME = 'otp-vault';
export const VAULT_DB_VERSION = 2;

export interface VaultDbSchema extends DBSchema {
  /**
   * `keyring` wraps the data key; `pendingKeyring` is the same key wrapped under a passphrase
   * chosen on another browser, waiting for this locked one to be unlocked with it.
   */
  meta: { key: 'keyring' | 'pendingKeyring'; value: KeyringRecord };
  accounts: { key: string; value: AccountRecord; indexes: { 'by-order': number } };
  /** Since version 2. */
  records: { key: string; value: SealedRecord };
}

export type VaultDb = IDBPDatabase<VaultDbSchema>;

export type OpenVaultDbOptions = {
  /** Called when this connection goes away, so the owner can open a new one next time. */
  onClosed?: () => void;
};

export function openVaultDb(
  name: string = VAULT_DB_NAME,
  options: OpenVaultDbOptions = {},
): Promise<VaultDb> {
  return openDB<VaultDbSchema>(name, VAULT_DB_VERSION, {
    upgrade(db, oldVersion) {
      // Cumulative steps: a profile several versions behind runs every step in order.
      // Each later *data* migration goes in its own file under lib/vault/migrations/, with a
      // before/after fixture test, and is called from its own `if (oldVersion < N)` step here.
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        const accounts = db.createObjectStore('accounts', { keyPath: 'id' });
        // Order is plaintext so the list can be sorted without decrypting anything.
        accounts.createIndex('by-order', 'order');
      }
      if (oldVersion < 2) createRecordsStore(db);
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // A newer extension version wants to upgrade: step aside instead of blocking it.
      (event.target as IDBDatabase).close();
      options.onClosed?.();
    },
    terminated() {
      options.onClosed?.();
    },
  });
}

/**
 * Runs IDB-only work in one read-write transaction on one store and waits for it to commit. If
 * the work throws, the transaction is aborted so a half-done change is never committed. The
 * callback must only await IDB requests: awaiting anything else lets the transaction auto-commit.
 */
export function inWriteTransaction<Name extends StoreNames<VaultDbSchema>, Result>(
  db: VaultDb,
  store: Name,
  work: (tx: IDBPTransaction<VaultDbSchema, [Name], 'readwrite'>) => Promise<Result>,
): Promise<Result> {
  return committed(db.transaction(store, 'readwrite'), work);
}

/** The same over several stores, for a change that must land in all of them or in none. */
export function inWriteTransactionOver<Names extends StoreNames<VaultDbSchema>[], Result>(
  db: VaultDb,
  stores: Names,
  work: (tx: IDBPTransaction<VaultDbSchema, Names, 'readwrite'>) => Promise<Result>,
): Promise<Result> {
  return committed(db.transaction(stores, 'readwrite'), work);
}

async function committed<Names extends ArrayLike<StoreNames<VaultDbSchema>>, Result>(
  tx: IDBPTransaction<VaultDbSchema, Names, 'readwrite'>,
  work: (tx: IDBPTransaction<VaultDbSchema, Names, 'readwrite'>) => Promise<Result>,
): Promise<Result> {
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    // The abort makes tx.done reject; that rejection is expected and must not go unhandled.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing left to undo.
    }
    throw error;
  }
}
