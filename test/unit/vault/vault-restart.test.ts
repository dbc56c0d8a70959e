// A service worker can stop at any time: a fresh instance over the same database and the same
// storage.session must carry on as if nothing happened.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VaultLockedError } from '../../../lib/vault/errors';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, sampleInput } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('worker restart', () => {
  it('a fresh instance sees the vault unlocked and the same accounts', async () => {
    const { vault, dbName } = await createdVault();
    const accounts = [
      await vault.addAccount(sampleInput({ label: 'one' })),
      await vault.addAccount(sampleInput({ label: 'two' })),
    ];

    const restarted = createVaultService({ dbName });
    expect(await restarted.getVaultState()).toBe('unlocked');
    expect(await restarted.listAccounts()).toEqual(accounts);

    // Writes by one instance are seen by the other despite its cache.
    const third = await restarted.addAccount(sampleInput({ label: 'three' }));
    await restarted.deleteAccount(accounts[0]!.id);
    expect(await vault.listAccounts()).toEqual([accounts[1], third]);
  });

  it('after a lock, a fresh instance sees "locked" and the old one drops its cache', async () => {
    const { vault, dbName } = await createdVault();
    await vault.addAccount(sampleInput());
    await vault.listAccounts();

    await createVaultService({ dbName }).lockVault();
    await expect(vault.listAccounts()).rejects.toThrow(VaultLockedError);
    expect(await createVaultService({ dbName }).getVaultState()).toBe('locked');
  });

  it('a browser restart (storage.session emptied) leaves the vault locked', async () => {
    const { vault, dbName } = await createdVault();
    await fakeBrowser.storage.session.clear();
    expect(await createVaultService({ dbName }).getVaultState()).toBe('locked');
    await expect(vault.listAccounts()).rejects.toThrow(VaultLockedError);
  });
});
