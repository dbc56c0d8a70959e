// Changes brought from other browsers: applied whole, in one go, and only if no account was written
// since the read they were prepared from (compare and set).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  InvalidAccountError,
  InvalidOrderError,
  VaultChangedMeanwhileError,
  VaultLockedError,
} from '../../../lib/vault/errors';
import type { VaultService } from '../../../lib/vault/vault-service';
import { createVaultService } from '../../../lib/vault/vault-service';
import type { StoredAccount, SyncedChange } from '../../../lib/vault/vault-port';
import { createdVault, dumpAllStores, PASSPHRASE, sampleInput, sampleTrustedDevice } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

async function threeAccounts() {
  const { vault, dbName } = await createdVault();
  const a = await vault.addAccount(sampleInput({ label: 'a' }));
  const b = await vault.addAccount(sampleInput({ label: 'b', type: 'hotp' }));
  const c = await vault.addAccount(sampleInput({ label: 'c' }));
  return { vault, dbName, a, b, c };
}

const labels = async (vault: Pick<VaultService, 'listAccounts'>) => (await vault.listAccounts()).map((account) => account.label);

/** An account made on another browser: its own id and creation time. */
function fromElsewhere(label: string, overrides: Partial<StoredAccount> = {}): StoredAccount {
  return { ...sampleInput({ label }), id: crypto.randomUUID(), createdAt: 1_600_000_000_000, ...overrides };
}

/** Each way this browser writes an account or its order. */
const LOCAL_WRITES: [string, (vault: VaultService, ids: { a: string; b: string; c: string }) => Promise<unknown>][] = [
  ['an account added', (vault) => vault.addAccount(sampleInput({ label: 'd' }))],
  ['an account edited', (vault, { a }) => vault.updateAccount(a, { label: 'a2' })],
  ['a counter moved on', (vault, { b }) => vault.advanceHotpCounter(b)],
  ['an account deleted', (vault, { c }) => vault.deleteAccount(c)],
  ['a deletion undone', async (vault, { c }) => vault.restoreAccount(await vault.deleteAccount(c))],
  ['the list reordered', (vault, { a, b, c }) => vault.reorderAccounts([c, b, a])],
  [
    'changes from other browsers applied',
    async (vault) => vault.applySyncedChanges((await vault.readAccountsForSync()).version, { put: [fromElsewhere('x')], remove: [] }),
  ],
];

describe('readAccountsForSync', () => {
  it('reads every account in order, with a version that moves on with each write', async () => {
    const { vault, a, b, c } = await threeAccounts();
    const first = await vault.readAccountsForSync();
    expect(first.accounts).toEqual([a, b, c]);
    expect((await vault.readAccountsForSync()).version).toBe(first.version);
    await vault.updateAccount(a.id, { label: 'a2' });
    expect((await vault.readAccountsForSync()).version).not.toBe(first.version);
  });

  it('needs the vault unlocked', async () => {
    const { vault } = await threeAccounts();
    await vault.lockVault();
    await expect(vault.readAccountsForSync()).rejects.toThrow(VaultLockedError);
  });
});

describe('applySyncedChanges', () => {
  it.each(LOCAL_WRITES)('is refused after %s since the read, and writes nothing', async (_what, write) => {
    const { vault, dbName, a, b, c } = await threeAccounts();
    const { version } = await vault.readAccountsForSync();
    await write(vault, { a: a.id, b: b.id, c: c.id });
    const before = await dumpAllStores(dbName);
    await expect(vault.applySyncedChanges(version, { put: [fromElsewhere('x')], remove: [a.id] })).rejects.toThrow(
      VaultChangedMeanwhileError,
    );
    expect(await dumpAllStores(dbName)).toEqual(before);
  });

  it('reads in turn with the writes: one under way when asked for is in what it reads and in its version', async () => {
    const { vault, a } = await threeAccounts();
    const edit = vault.updateAccount(a.id, { label: 'a2' });
    const read = await vault.readAccountsForSync();
    await edit;
    expect(read.accounts.map((account) => account.label)).toEqual(['a2', 'b', 'c']);
    await vault.applySyncedChanges(read.version, { put: [], remove: [a.id] });
    expect(await labels(vault)).toEqual(['b', 'c']);
  });

  it('is accepted after what writes no account: secret records, locking and unlocking', async () => {
    const { vault, a } = await threeAccounts();
    const { version } = await vault.readAccountsForSync();
    await vault.putRecord(sampleTrustedDevice());
    await vault.lockVault();
    await vault.unlockVault(PASSPHRASE);
    await vault.applySyncedChanges(version, { put: [{ ...a, label: 'a from elsewhere' }], remove: [] });
    expect(await labels(vault)).toEqual(['a from elsewhere', 'b', 'c']);
  });

  it('adds, replaces and removes in one go: a replaced account keeps its place, a new one goes last', async () => {
    const { vault, dbName, a, b, c } = await threeAccounts();
    const { version } = await vault.readAccountsForSync();
    const d = fromElsewhere('d', { localOnly: true, origins: ['https://d.example'] });
    const renamed = { ...b, label: 'b renamed', counter: 7 };
    await vault.applySyncedChanges(version, { put: [d, renamed], remove: [a.id, 'never-here'] });

    const expected = [renamed, c, d];
    expect(await vault.listAccounts()).toEqual(expected);
    // Each with its own id and creation time, as the other browser made it; a restarted worker reads the same.
    expect(await createVaultService({ dbName }).listAccounts()).toEqual(expected);
  });

  it('stores the order it is given, for the accounts there after the change', async () => {
    const { vault, dbName, a, b, c } = await threeAccounts();
    const { version } = await vault.readAccountsForSync();
    const d = fromElsewhere('d');
    await vault.applySyncedChanges(version, { put: [d, { ...a, label: 'a2' }], remove: [b.id], order: [d.id, c.id, a.id] });
    expect(await labels(vault)).toEqual(['d', 'c', 'a2']);
    expect(await labels(createVaultService({ dbName }))).toEqual(['d', 'c', 'a2']);
    // What comes next still goes last.
    await vault.addAccount(sampleInput({ label: 'e' }));
    expect(await labels(vault)).toEqual(['d', 'c', 'a2', 'e']);
  });

  it('refuses the whole change for one invalid account, or an order that does not fit: nothing written', async () => {
    const { vault, dbName, a, b, c } = await threeAccounts();
    const before = await dumpAllStores(dbName);
    // Each attempt from a fresh read: a refused one counts as a write attempt, and moves the version on.
    const attempt = async (change: SyncedChange) => vault.applySyncedChanges((await vault.readAccountsForSync()).version, change);
    const good = fromElsewhere('good');

    const invalid = [
      { ...fromElsewhere('no seed'), secret: new Uint8Array() },
      { ...fromElsewhere('eleven digits'), digits: 11 },
      { ...fromElsewhere('no id'), id: '' },
    ];
    for (const account of invalid) {
      await expect(attempt({ put: [good, account], remove: [a.id] })).rejects.toThrow(InvalidAccountError);
    }
    // One account said twice: put twice, or put and removed.
    await expect(attempt({ put: [good, { ...good, label: 'again' }], remove: [] })).rejects.toThrow(InvalidAccountError);
    await expect(attempt({ put: [good], remove: [good.id] })).rejects.toThrow(InvalidAccountError);
    // The order must name exactly the accounts there after the change.
    for (const order of [[a.id, b.id, c.id], [good.id, b.id], [good.id, b.id, c.id, c.id], [good.id, a.id, b.id, c.id]]) {
      await expect(attempt({ put: [good], remove: [a.id], order })).rejects.toThrow(InvalidOrderError);
    }

    expect(await dumpAllStores(dbName)).toEqual(before);
    expect(await vault.listAccounts()).toEqual([a, b, c]);
  });

  it('needs the vault unlocked', async () => {
    const { vault } = await threeAccounts();
    const { version } = await vault.readAccountsForSync();
    await vault.lockVault();
    await expect(vault.applySyncedChanges(version, { put: [fromElsewhere('x')], remove: [] })).rejects.toThrow(VaultLockedError);
  });
});
