// Operations that move sealed account records as they are, without sealing anything again:
// delete (handing back the sealed record, for an undo), restore, and reorder. Only the plaintext
// `order` ever changes here; ids, IVs and ciphertexts stay byte for byte what they were.
import { copyAccount, openAccount } from './account-codec';
import { inWriteTransaction, type VaultDb } from './db';
import { AccountExistsError, InvalidOrderError, VaultNotFoundError } from './errors';
import { parseAccountRecord, type AccountRecord } from './schemas';
import { forgetAccountList, type Unlocked } from './unlocked-cache';
import type { StoredAccount } from './vault-port';

/** A deleted account as it was on disk: still encrypted, still bound to its id by the AAD. */
export type DeletedAccount = AccountRecord;

export type AccountOrderDeps = {
  getDb(): Promise<VaultDb>;
  requireUnlocked(): Promise<Unlocked>;
  /** The vault's one write queue. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
};

export function createAccountOrderStore(deps: AccountOrderDeps) {
  function deleteAccount(id: string): Promise<DeletedAccount> {
    return deps.exclusive(async () => {
      const unlocked = await deps.requireUnlocked();
      const db = await deps.getDb();
      const deleted = await inWriteTransaction(db, 'accounts', async (tx) => {
        const stored = await tx.store.get(id);
        if (stored === undefined) throw new VaultNotFoundError();
        await tx.store.delete(id);
        return parseAccountRecord(stored);
      });
      forgetAccountList(unlocked);
      unlocked.accounts.delete(id);
      return deleted;
    });
  }

  /**
   * Puts a deleted account back at the order it had. It is decrypted first: a record altered
   * while it waited (or moved to another id) fails AES-GCM's check and is never written.
   */
  function restoreAccount(deleted: DeletedAccount): Promise<StoredAccount> {
    return deps.exclusive(async () => {
      const unlocked = await deps.requireUnlocked();
      const record = parseAccountRecord(deleted);
      const account = await openAccount(unlocked.key, record);
      const db = await deps.getDb();
      await inWriteTransaction(db, 'accounts', async (tx) => {
        // Restoring twice would otherwise overwrite whatever the id holds now.
        if ((await tx.store.getKey(record.id)) !== undefined) throw new AccountExistsError();
        await tx.store.add({ id: record.id, order: record.order, iv: record.iv, ciphertext: record.ciphertext });
      });
      forgetAccountList(unlocked);
      unlocked.accounts.set(record.id, { iv: record.iv, ciphertext: record.ciphertext, account });
      return copyAccount(account);
    });
  }

  /**
   * Stores `ids` as the new order (first = 0). Checked inside the same transaction that writes,
   * so an account added or deleted meanwhile makes it fail whole instead of half-apply.
   */
  function reorderAccounts(ids: readonly string[]): Promise<void> {
    return deps.exclusive(async () => {
      const unlocked = await deps.requireUnlocked();
      const db = await deps.getDb();
      await inWriteTransaction(db, 'accounts', async (tx) => {
        const records = new Map(
          (await tx.store.getAll()).map(parseAccountRecord).map((record) => [record.id, record]),
        );
        if (!namesEveryOnce(ids, records)) throw new InvalidOrderError();
        for (const [order, id] of ids.entries()) {
          const record = records.get(id);
          if (record && record.order !== order) await tx.store.put({ ...record, order });
        }
      });
      forgetAccountList(unlocked);
    });
  }

  return { deleteAccount, restoreAccount, reorderAccounts };
}

/** Whether `ids` names each of the records once and nothing else: a complete order. */
export function namesEveryOnce(ids: readonly string[], records: ReadonlyMap<string, AccountRecord>): boolean {
  return (
    ids.length === records.size &&
    new Set(ids).size === ids.length &&
    ids.every((id) => records.has(id))
  );
}
