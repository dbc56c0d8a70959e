// Account operations over the encrypted `accounts` store. Sealing always happens before a
// transaction opens; inside one, only IDB requests are awaited.
import { bytesEqual } from '../crypto/bytes';
import { copyAccount, openAccount, sealAccount } from './account-codec';
import { inWriteTransaction, type VaultDb } from './db';
import { NotHotpAccountError, VaultNotFoundError } from './errors';
import { parseAccountRecord, validateAccount, type AccountRecord } from './schemas';
import { forgetAccountList, type Unlocked } from './unlocked-cache';
import type { AccountFields, AccountPatch, StoredAccount } from './vault-port';

export type { AccountPatch };

export type AccountsStoreDeps = {
  getDb(): Promise<VaultDb>;
  requireUnlocked(): Promise<Unlocked>;
  /** Serialises writes so two read-modify-writes (e.g. HOTP counters) cannot interleave. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  now(): number;
};

export function createAccountsStore(deps: AccountsStoreDeps) {
  async function decrypt(unlocked: Unlocked, record: AccountRecord): Promise<StoredAccount> {
    const cached = unlocked.accounts.get(record.id);
    // Reuse a decryption only for the very same bytes: an altered record is decrypted (and fails).
    if (cached && bytesMatch(cached, record)) return copyAccount(cached.account);
    const account = await openAccount(unlocked.key, record);
    unlocked.accounts.set(record.id, { iv: record.iv, ciphertext: record.ciphertext, account });
    return copyAccount(account);
  }

  async function readRecord(id: string): Promise<AccountRecord> {
    const db = await deps.getDb();
    const stored = await db.get('accounts', id);
    if (stored === undefined) throw new VaultNotFoundError();
    return parseAccountRecord(stored);
  }

  async function listAccounts(): Promise<StoredAccount[]> {
    const unlocked = await deps.requireUnlocked();
    if (unlocked.list) return unlocked.list.map(copyAccount);
    const writesBefore = unlocked.writes;
    const list = await readAllAccounts(unlocked);
    if (unlocked.writes === writesBefore) unlocked.list = list;
    return list.map(copyAccount);
  }

  async function readAllAccounts(unlocked: Unlocked): Promise<StoredAccount[]> {
    const db = await deps.getDb();
    const records = (await db.getAllFromIndex('accounts', 'by-order')).map(parseAccountRecord);
    // Drop decrypted seeds of accounts that no longer exist on disk.
    const present = new Set(records.map((record) => record.id));
    for (const id of unlocked.accounts.keys()) if (!present.has(id)) unlocked.accounts.delete(id);
    return Promise.all(records.map((record) => decrypt(unlocked, record)));
  }

  async function getAccount(id: string): Promise<StoredAccount> {
    const unlocked = await deps.requireUnlocked();
    return decrypt(unlocked, await readRecord(id));
  }

  function addAccount(input: AccountFields): Promise<StoredAccount> {
    return deps.exclusive(async () => {
      const unlocked = await deps.requireUnlocked();
      // id and createdAt go last so an input carrying its own cannot override them.
      const account = validateAccount({ ...input, id: crypto.randomUUID(), createdAt: deps.now() });
      const sealed = await sealAccount(unlocked.key, account);
      const db = await deps.getDb();
      await inWriteTransaction(db, 'accounts', async (tx) => {
        const last = await tx.store.index('by-order').openCursor(null, 'prev');
        const order = last ? parseAccountRecord(last.value).order + 1 : 0;
        await tx.store.add({ id: account.id, order, iv: sealed.iv, ciphertext: sealed.ciphertext });
      });
      forgetAccountList(unlocked);
      unlocked.accounts.set(account.id, { ...sealed, account });
      return copyAccount(account);
    });
  }

  /** Seals and writes an existing account in place, keeping its order. Call inside exclusive. */
  async function rewrite(unlocked: Unlocked, account: StoredAccount): Promise<void> {
    const sealed = await sealAccount(unlocked.key, account);
    const db = await deps.getDb();
    await inWriteTransaction(db, 'accounts', async (tx) => {
      const stored = await tx.store.get(account.id);
      // Deleted meanwhile (e.g. by another context): do not resurrect it.
      if (stored === undefined) throw new VaultNotFoundError();
      const { order } = parseAccountRecord(stored);
      await tx.store.put({ id: account.id, order, iv: sealed.iv, ciphertext: sealed.ciphertext });
    });
    forgetAccountList(unlocked);
    unlocked.accounts.set(account.id, { ...sealed, account });
  }

  function updateAccount(id: string, patch: AccountPatch): Promise<StoredAccount> {
    return deps.exclusive(async () => {
      const unlocked = await deps.requireUnlocked();
      const current = await decrypt(unlocked, await readRecord(id));
      // `server: null` unties: the key is left out, as in an account that was never bound.
      const { server = current.server, ...fields } = patch;
      const account = validateAccount({
        ...withoutServer(current),
        ...definedOnly(fields),
        ...(server && { server }),
        id: current.id,
        createdAt: current.createdAt,
      });
      await rewrite(unlocked, account);
      return copyAccount(account);
    });
  }

  /**
   * Reserves the next HOTP counter value: stores counter + 1 and returns the account as it was,
   * whose counter is the one to generate the code with. Read and write happen in one turn of
   * the write queue, so concurrent callers each get a different counter and none is reused;
   * a read-then-updateAccount from outside could hand two callers the same one.
   */
  function advanceHotpCounter(id: string): Promise<StoredAccount> {
    return deps.exclusive(async () => {
      const unlocked = await deps.requireUnlocked();
      const current = await decrypt(unlocked, await readRecord(id));
      if (current.type !== 'hotp') throw new NotHotpAccountError();
      // Validated like any write: past Number.MAX_SAFE_INTEGER this is InvalidAccountError.
      const advanced = validateAccount({ ...current, counter: current.counter + 1 });
      await rewrite(unlocked, advanced);
      // A copy: `advanced`, now cached, shares its secret's bytes with `current`.
      return copyAccount(current);
    });
  }

  return {
    listAccounts,
    getAccount,
    addAccount,
    updateAccount,
    advanceHotpCounter,
  };
}

function bytesMatch(
  cached: { iv: Uint8Array; ciphertext: Uint8Array },
  record: AccountRecord,
): boolean {
  return bytesEqual(cached.iv, record.iv) && bytesEqual(cached.ciphertext, record.ciphertext);
}

function withoutServer({ server: _binding, ...account }: StoredAccount): Omit<StoredAccount, 'server'> {
  return account;
}

/** A patch like `{ label: undefined }` means "leave it", not "erase it". */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
