// What a sync cycle needs of the accounts: a read that says which version of them it saw, and the
// changes it brings from other browsers, applied whole and only if no account was written since
// that read (compare and set). As everywhere, sealing happens before the transaction opens.
import { sealAccount } from './account-codec';
import { namesEveryOnce } from './account-order-store';
import { inWriteTransaction, type VaultDb } from './db';
import { InvalidAccountError, InvalidOrderError, VaultChangedMeanwhileError } from './errors';
import { parseAccountRecord, validateAccount } from './schemas';
import { forgetAccountList, type Unlocked } from './unlocked-cache';
import type { AccountsForSync, StoredAccount, SyncedChange } from './vault-port';
import type { WriteQueue } from './write-queue';

export type SyncChangesDeps = {
  getDb(): Promise<VaultDb>;
  requireUnlocked(): Promise<Unlocked>;
  queue: WriteQueue;
  listAccounts(): Promise<StoredAccount[]>;
};

export function createSyncChanges(deps: SyncChangesDeps) {
  /** Read in a turn of the write queue: no write can fall between the accounts and their version. */
  function readAccountsForSync(): Promise<AccountsForSync> {
    return deps.queue.exclusive(async () => {
      const accounts = await deps.listAccounts();
      return { accounts, version: deps.queue.accountsVersion() };
    });
  }

  function applySyncedChanges(version: number, change: SyncedChange): Promise<void> {
    return deps.queue.writingAccounts(async () => {
      if (version !== deps.queue.accountsVersion()) throw new VaultChangedMeanwhileError();
      const unlocked = await deps.requireUnlocked();
      // Every account is checked before anything is sealed: one invalid account refuses the change.
      const accounts = change.put.map((account) => validateAccount(account));
      assertNamedOnce(accounts, change.remove);
      const sealed = await Promise.all(
        accounts.map(async (account) => ({ account, ...(await sealAccount(unlocked.key, account)) })),
      );
      const db = await deps.getDb();
      await inWriteTransaction(db, 'accounts', async (tx) => {
        const before = new Map(
          (await tx.store.getAll()).map(parseAccountRecord).map((record) => [record.id, record]),
        );
        const after = new Map(before);
        for (const id of change.remove) after.delete(id);
        let next = Math.max(-1, ...[...after.values()].map((record) => record.order)) + 1;
        for (const { account, iv, ciphertext } of sealed) {
          // A replaced account keeps its place; a new one goes after the others.
          const order = after.get(account.id)?.order ?? next++;
          after.set(account.id, { id: account.id, order, iv, ciphertext });
        }
        if (change.order) {
          if (!namesEveryOnce(change.order, after)) throw new InvalidOrderError();
          for (const [order, id] of change.order.entries()) {
            const record = after.get(id);
            if (record) after.set(id, { ...record, order });
          }
        }
        for (const id of change.remove) if (before.has(id)) await tx.store.delete(id);
        const puts = new Set(accounts.map((account) => account.id));
        for (const record of after.values()) {
          if (puts.has(record.id) || before.get(record.id)?.order !== record.order) await tx.store.put(record);
        }
      });
      forgetAccountList(unlocked);
      for (const id of change.remove) unlocked.accounts.delete(id);
      for (const { account, iv, ciphertext } of sealed) unlocked.accounts.set(account.id, { iv, ciphertext, account });
    });
  }

  return { readAccountsForSync, applySyncedChanges };
}

/** An id put twice, or put and removed at once, says two things of one account: refused whole. */
function assertNamedOnce(accounts: readonly StoredAccount[], remove: readonly string[]): void {
  const put = new Set(accounts.map((account) => account.id));
  if (put.size !== accounts.length || remove.some((id) => put.has(id))) throw new InvalidAccountError();
}
