import type { AutoLockPort, BackgroundDeps, VaultPort } from '../../../lib/background/deps';
import type { VaultState } from '../../../lib/messaging/protocol';
import { createServerPort } from '../../../lib/session/server-port';
import type { VaultRecord } from '../../../lib/vault/record-types';

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
  const accounts = new Map<string, Stored>();
  const records = new Map<string, VaultRecord>();
  const alarms: string[] = [];
  const events: string[] = [];
  const locked = () => Object.assign(new Error('The vault is locked.'), { name: 'VaultLockedError' });
  const unlocked = () => {
    if (state !== 'unlocked') throw locked();
  };
  const notFound = () => Object.assign(new Error('That account is not in the vault.'), { name: 'VaultNotFoundError' });
  const existing = (id: string) => {
    unlocked();
    const account = accounts.get(id);
    if (!account) throw notFound();
    return account;
  };
  const vault: VaultPort = {
    getVaultState: async () => state,
    createVault: async (p) => void ((passphrase = p), (state = 'unlocked')),
    unlockVault: async (p) => {
      if (p !== passphrase) throw Object.assign(new Error('That passphrase is not right.'), { name: 'WrongPassphraseError' });
      state = 'unlocked';
    },
    lockVault: async () => void (state = 'locked'),
    changePassphrase: async (_c, n) => void (passphrase = n),
    listAccounts: async () => (unlocked(), [...accounts.values()]),
    getAccount: async (id) => existing(id),
    addAccount: async (fields) => {
      unlocked();
      const stored = { ...fields, id: `id-${accounts.size + 1}`, createdAt: now() };
      accounts.set(stored.id, stored);
      return stored;
    },
    updateAccount: async (id, patch) => {
      const next = { ...existing(id), ...patch };
      accounts.set(id, next);
      return next;
    },
    advanceHotpCounter: async (id) => {
      const before = existing(id);
      if (before.type !== 'hotp') throw Object.assign(new Error('Not HOTP.'), { name: 'OtpInputError' });
      accounts.set(id, { ...before, counter: before.counter + 1 });
      return before;
    },
    deleteAccount: async (id) => {
      existing(id);
      accounts.delete(id);
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
  };
  let minutes = 15;
  const autoLock: AutoLockPort = {
    getAutoLockMinutes: async () => minutes,
    setAutoLockMinutes: async (m) => void (minutes = m),
    touchAutoLock: async () => void alarms.push(`touch:${minutes}`),
    cancelAutoLock: async () => void alarms.push('cancel'),
  };
  return {
    vault,
    autoLock,
    servers: createServerPort({ now }),
    now,
    sleep,
    alarms,
    events,
    announceLocked: () => void events.push('vault.locked'),
    announceSessionChanged: () => void events.push('session.changed'),
  };
}
