import type { AutoLockPort, BackgroundDeps, VaultPort } from '../../../lib/background/deps';
import type { VaultState } from '../../../lib/messaging/protocol';

type Stored = Awaited<ReturnType<VaultPort['getAccount']>>;

/** An in-memory vault with the real one's observable rules, for testing the handlers alone. */
export function fakeDeps(now = () => 1_700_000_000_000): BackgroundDeps & { alarms: string[]; events: string[] } {
  let state: VaultState = 'uninitialised';
  let passphrase = '';
  const accounts = new Map<string, Stored>();
  const alarms: string[] = [];
  const events: string[] = [];
  const unlocked = () => {
    if (state !== 'unlocked') throw Object.assign(new Error('The vault is locked.'), { name: 'VaultLockedError' });
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
    getAccount: async (id) => (unlocked(), accounts.get(id)!),
    addAccount: async (fields) => {
      unlocked();
      const stored = { ...fields, id: `id-${accounts.size + 1}`, createdAt: now() };
      accounts.set(stored.id, stored);
      return stored;
    },
    updateAccount: async (id, patch) => {
      unlocked();
      const next = { ...accounts.get(id)!, ...patch };
      accounts.set(id, next);
      return next;
    },
    advanceHotpCounter: async (id) => {
      unlocked();
      const before = accounts.get(id)!;
      if (before.type !== 'hotp') throw Object.assign(new Error('Not HOTP.'), { name: 'OtpInputError' });
      accounts.set(id, { ...before, counter: before.counter + 1 });
      return before;
    },
  };
  let minutes = 15;
  const autoLock: AutoLockPort = {
    getAutoLockMinutes: async () => minutes,
    setAutoLockMinutes: async (m) => void (minutes = m),
    touchAutoLock: async () => void alarms.push(`touch:${minutes}`),
    cancelAutoLock: async () => void alarms.push('cancel'),
  };
  return { vault, autoLock, now, alarms, events, announceLocked: () => void events.push('vault.locked') };
}
