// Reordering rewrites the plaintext order only, in one transaction, for exactly the current ids.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InvalidOrderError, VaultLockedError } from '../../../lib/vault/errors';
import { parseAccountRecord } from '../../../lib/vault/schemas';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, readRaw, sampleInput } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

async function threeAccounts() {
  const { vault, dbName } = await createdVault();
  const ids: string[] = [];
  for (const label of ['a', 'b', 'c']) ids.push((await vault.addAccount(sampleInput({ label }))).id);
  const [a = '', b = '', c = ''] = ids;
  return { vault, dbName, a, b, c };
}

const labels = async (vault: { listAccounts(): Promise<{ label: string }[]> }) =>
  (await vault.listAccounts()).map((account) => account.label);

describe('reorderAccounts', () => {
  it('stores the new order, which a restarted service reads too', async () => {
    const { vault, dbName, a, b, c } = await threeAccounts();
    await vault.reorderAccounts([c, a, b]);
    expect(await labels(vault)).toEqual(['c', 'a', 'b']);
    expect(await labels(createVaultService({ dbName }))).toEqual(['c', 'a', 'b']);
    // New accounts still go last.
    await vault.addAccount(sampleInput({ label: 'd' }));
    expect(await labels(vault)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('changes the order field only: ids, IVs and ciphertexts stay byte for byte', async () => {
    const { vault, dbName, a, b, c } = await threeAccounts();
    const before = await Promise.all([a, b, c].map(async (id) => parseAccountRecord(await readRaw(dbName, 'accounts', id))));
    await vault.reorderAccounts([b, c, a]);
    const after = await Promise.all([a, b, c].map(async (id) => parseAccountRecord(await readRaw(dbName, 'accounts', id))));
    expect(after.map(({ order: _order, ...rest }) => rest)).toEqual(before.map(({ order: _order, ...rest }) => rest));
    expect(after.map((record) => record.order)).toEqual([2, 0, 1]);
  });

  it.each([
    ['a missing id', (a: string, b: string) => [a, b]],
    ['an unknown id', (a: string, b: string) => [a, b, 'no-such-id']],
    ['an extra id', (a: string, b: string, c: string) => [a, b, c, 'no-such-id']],
    ['a repeated id', (a: string, b: string) => [a, b, a]],
    ['no ids', () => []],
  ])('refuses %s and keeps the order', async (_what, ids) => {
    const { vault, dbName, a, b, c } = await threeAccounts();
    const before = await readRaw(dbName, 'accounts', a);
    await expect(vault.reorderAccounts(ids(a, b, c))).rejects.toThrow(InvalidOrderError);
    expect(await labels(vault)).toEqual(['a', 'b', 'c']);
    expect(await readRaw(dbName, 'accounts', a)).toEqual(before);
    expect(await labels(createVaultService({ dbName }))).toEqual(['a', 'b', 'c']);
  });

  it('refuses an order made before an account was deleted', async () => {
    const { vault, a, b, c } = await threeAccounts();
    await vault.deleteAccount(c);
    await expect(vault.reorderAccounts([c, b, a])).rejects.toThrow(InvalidOrderError);
    expect(await labels(vault)).toEqual(['a', 'b']);
  });

  it('needs the vault unlocked', async () => {
    const { vault, a, b, c } = await threeAccounts();
    await vault.lockVault();
    await expect(vault.reorderAccounts([c, b, a])).rejects.toThrow(VaultLockedError);
  });
});
