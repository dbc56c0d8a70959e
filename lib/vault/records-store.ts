// Secret-record operations over the encrypted `records` store. As for accounts: sealing happens
// before a transaction opens, and inside one only IDB requests are awaited.
import { inWriteTransaction, type VaultDb } from './db';
import { openRecord, sealRecord } from './record-codec';
import { parseSealedRecord, validateRecord, validateRecordId } from './record-schemas';
import type { VaultRecord } from './record-types';
import type { Unlocked } from './unlocked-cache';

export type RecordsStoreDeps = {
  getDb(): Promise<VaultDb>;
  requireUnlocked(): Promise<Unlocked>;
  /** The same write queue as the accounts, so writes from one worker never interleave. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
};

export function createRecordsStore(deps: RecordsStoreDeps) {
  /**
   * Decrypts every record on each call: the store holds a handful (one per server user and
   * profile), so a cache would only add a second copy of the secrets in memory.
   */
  async function listRecords(): Promise<VaultRecord[]> {
    const unlocked = await deps.requireUnlocked();
    const stored = await (await deps.getDb()).getAll('records');
    const sealed = stored.map(parseSealedRecord);
    return Promise.all(sealed.map((record) => openRecord(unlocked.key, record)));
  }

  function putRecord(record: VaultRecord): Promise<void> {
    return deps.exclusive(async () => {
      const unlocked = await deps.requireUnlocked();
      const valid = validateRecord(record);
      const { iv, ciphertext } = await sealRecord(unlocked.key, valid);
      const db = await deps.getDb();
      await inWriteTransaction(db, 'records', async (tx) => {
        await tx.store.put({ id: valid.id, iv, ciphertext });
      });
    });
  }

  function deleteRecord(id: string): Promise<void> {
    return deps.exclusive(async () => {
      await deps.requireUnlocked();
      const valid = validateRecordId(id);
      const db = await deps.getDb();
      // Deleting an absent key is a no-op in IndexedDB, which is what callers want here.
      await inWriteTransaction(db, 'records', async (tx) => {
        await tx.store.delete(valid);
      });
    });
  }

  return { listRecords, putRecord, deleteRecord };
}
