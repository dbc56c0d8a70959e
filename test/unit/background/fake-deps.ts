import type { AutoLockPort, DeletedAccount, VaultPort } from '../../../lib/vault/vault-port';
import { withCompositions, type BackgroundDeps } from '../../../lib/background/deps';
import type { VaultState } from '../../../lib/protocol/protocol';
import { createServerPort } from '../../../lib/server/server-port';
import type { VaultRecord } from '../../../lib/vault/record-types';
import { DecryptionError, WrongPassphraseError } from '../../../lib/crypto/errors';
import {
  AccountExistsError,
  InvalidOrderError,
  NotHotpAccountError,
  VaultChangedMeanwhileError,
  VaultLockedError,
  VaultNotFoundError,
} from '../../../lib/vault/errors';

type Stored = Awaited<ReturnType<VaultPort['getAccount']>>;

/**
 * An in-memory vault with the real one's observable rules, for testing the handlers alone. The
 * server port is the real one: it keeps its state in the fake browser's storage. `sleep` moves
 * nothing unless the test passes one that moves its clock.
 */
export function fakeDeps(
  now = () => 1_700_000_000_000,
  sleep: (ms: number) => Promise<void> = async () => undefined,
): BackgroundDeps & { alarms: string[]; events: string[] } {
  let state: VaultState = 'uninitialised';
  let passphrase = '';
  let accounts = new Map<string, Stored>();
  let added = 0;
  /** Moves on with every write to the accounts, as the real vault's version does. */
  let version = 0;
  /** What deleteAccount handed out, so a restore can tell its own records from altered ones. */
  const deleted = new Map<string, { record: DeletedAccount; account: Stored }>();
  const records = new Map<string, VaultRecord>();
  const alarms: string[] = [];
  const events: string[] = [];
  const unlocked = () => {
    if (state !== 'unlocked') throw new VaultLockedError();
  };
  const existing = (id: string) => {
    unlocked();
    const account = accounts.get(id);
    if (!account) throw new VaultNotFoundError();
    return account;
  };
  /** The real vault keeps keys; this one keeps a passphrase in the clear, so it has no keyring to offer. */
  const keyless = async (): Promise<never> => {
    throw new Error('The fake vault has no keys: test keyrings and ciphers against createVaultService.');
  };
  const vault: VaultPort = {
    getVaultState: async () => state,
    createVault: async (p) => void ((passphrase = p), (state = 'unlocked')),
    unlockVault: async (p) => {
      if (p !== passphrase) throw new WrongPassphraseError();
      state = 'unlocked';
    },
    lockVault: async () => void (state = 'locked'),
    changePassphrase: async (_c, n) => void (passphrase = n),
    listAccounts: async () => (unlocked(), [...accounts.values()]),
    getAccount: async (id) => existing(id),
    addAccount: async (fields) => {
      unlocked();
      added += 1;
      const stored = { ...fields, id: `id-${added}`, createdAt: now() };
      accounts.set(stored.id, stored);
      return stored;
    },
    updateAccount: async (id, { server, ...patch }) => {
      const { server: current, ...account } = { ...existing(id), ...patch };
      // `server: null` unties, as the real vault does.
      const next = server === null || (!server && !current) ? account : { ...account, server: server ?? current };
      accounts.set(id, next);
      return next;
    },
    advanceHotpCounter: async (id) => {
      const before = existing(id);
      if (before.type !== 'hotp') throw new NotHotpAccountError();
      accounts.set(id, { ...before, counter: before.counter + 1 });
      return before;
    },
    deleteAccount: async (id) => {
      const account = existing(id);
      const record = {
        id,
        order: [...accounts.keys()].indexOf(id),
        iv: crypto.getRandomValues(new Uint8Array(12)),
        ciphertext: crypto.getRandomValues(new Uint8Array(32)),
      };
      accounts.delete(id);
      deleted.set(id, { record, account });
      return { ...record, iv: record.iv.slice(), ciphertext: record.ciphertext.slice() };
    },
    restoreAccount: async (record) => {
      unlocked();
      const kept = deleted.get(record.id);
      if (!kept || !sameRecord(kept.record, record)) throw new DecryptionError();
      if (accounts.has(record.id)) throw new AccountExistsError();
      const entries = [...accounts.entries()];
      entries.splice(Math.min(record.order, entries.length), 0, [record.id, kept.account]);
      accounts = new Map(entries);
      return kept.account;
    },
    reorderAccounts: async (ids) => {
      unlocked();
      const complete = ids.length === accounts.size && new Set(ids).size === ids.length && ids.every((id) => accounts.has(id));
      if (!complete) throw new InvalidOrderError();
      accounts = new Map(ids.map((id) => [id, existing(id)]));
    },
    verifyPassphrase: async (p) => {
      if (state === 'uninitialised' || p !== passphrase) throw new WrongPassphraseError();
    },
    eraseVault: async () => {
      state = 'uninitialised';
      passphrase = '';
      accounts.clear();
      deleted.clear();
      records.clear();
    },
    listRecords: async () => (unlocked(), [...records.values()].map((record) => ({ ...record }))),
    putRecord: async (record) => {
      unlocked();
      records.set(record.id, { ...record });
    },
    deleteRecord: async (id) => {
      unlocked();
      records.delete(id);
    },
    readAccountsForSync: async () => (unlocked(), { accounts: [...accounts.values()], version }),
    applySyncedChanges: async (seen, { put, remove, order }) => {
      unlocked();
      if (seen !== version) throw new VaultChangedMeanwhileError();
      const next = new Map(accounts);
      for (const id of remove) next.delete(id);
      for (const account of put) next.set(account.id, account);
      if (order) {
        const complete = order.length === next.size && new Set(order).size === order.length && order.every((id) => next.has(id));
        if (!complete) throw new InvalidOrderError();
      }
      accounts = order ? new Map(order.map((id) => [id, next.get(id)!])) : next;
    },
    getKeyring: keyless,
    rekeyVault: keyless,
    adoptKeyringWhileUninitialised: keyless,
    replaceKeyring: keyless,
    setPendingKeyring: keyless,
    syncCipher: keyless,
  };
  // Every write to the accounts moves the version on, whether it worked or not, as in the real vault.
  for (const name of ['addAccount', 'updateAccount', 'advanceHotpCounter', 'deleteAccount', 'restoreAccount', 'reorderAccounts', 'applySyncedChanges', 'eraseVault'] as const) {
    const write = vault[name] as (...args: unknown[]) => Promise<unknown>;
    (vault as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => write(...args).finally(() => (version += 1));
  }
  let minutes = 15;
  const autoLock: AutoLockPort = {
    getAutoLockMinutes: async () => minutes,
    setAutoLockMinutes: async (m) => void (minutes = m),
    touchAutoLock: async () => void alarms.push(`touch:${minutes}`),
    cancelAutoLock: async () => void alarms.push('cancel'),
  };
  return withCompositions({
    vault,
    autoLock,
    servers: createServerPort({ now }),
    now,
    sleep,
    alarms,
    events,
    announceLocked: () => void events.push('vault.locked'),
    announceSessionChanged: () => void events.push('session.changed'),
    syncNow: async () => undefined,
  });
}

function sameRecord(a: DeletedAccount, b: DeletedAccount): boolean {
  const sameBytes = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((byte, i) => byte === y[i]);
  return a.id === b.id && a.order === b.order && sameBytes(a.iv, b.iv) && sameBytes(a.ciphertext, b.ciphertext);
}
