// Checking the passphrase again (for reveals) and erasing the whole vault.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WrongPassphraseError } from '../../../lib/crypto/errors';
import { keepDeletedAccount } from '../../../lib/vault/deleted-accounts';
import { VaultLockedError, VaultUninitialisedError } from '../../../lib/vault/errors';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, dumpAllStores, PASSPHRASE, readRaw, sampleInput, sampleTrustedDevice } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('verifyPassphrase', () => {
  it('accepts the vault passphrase and refuses any other, changing nothing', async () => {
    const { vault, dbName } = await createdVault();
    const keyring = await readRaw(dbName, 'meta', 'keyring');
    const session = await fakeBrowser.storage.session.get(null);

    await expect(vault.verifyPassphrase(PASSPHRASE)).resolves.toBeUndefined();
    await expect(vault.verifyPassphrase(`${PASSPHRASE} `)).rejects.toThrow(WrongPassphraseError);
    await expect(vault.verifyPassphrase('')).rejects.toThrow(WrongPassphraseError);

    expect(await vault.getVaultState()).toBe('unlocked');
    expect(await readRaw(dbName, 'meta', 'keyring')).toEqual(keyring);
    expect(await fakeBrowser.storage.session.get(null)).toEqual(session);
  });

  it('does not unlock a locked vault', async () => {
    const { vault } = await createdVault();
    await vault.lockVault();
    await vault.verifyPassphrase(PASSPHRASE);
    expect(await vault.getVaultState()).toBe('locked');
    await expect(vault.listAccounts()).rejects.toThrow(VaultLockedError);
  });

  it('follows a passphrase change', async () => {
    const { vault } = await createdVault();
    await vault.changePassphrase(PASSPHRASE, 'a brand new passphrase');
    await expect(vault.verifyPassphrase(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    await expect(vault.verifyPassphrase('a brand new passphrase')).resolves.toBeUndefined();
  });

  it('has nothing to check before a vault exists', async () => {
    const vault = createVaultService({ dbName: `never-created-${crypto.randomUUID()}` });
    await expect(vault.verifyPassphrase(PASSPHRASE)).rejects.toThrow(VaultUninitialisedError);
  });
});

describe('eraseVault', () => {
  it('deletes the database and the unlocked key; a new vault can be created after', async () => {
    const { vault, dbName } = await createdVault();
    await vault.addAccount(sampleInput());
    await vault.putRecord(sampleTrustedDevice());
    const deleted = await vault.deleteAccount((await vault.addAccount(sampleInput({ label: 'deleted' }))).id);
    await keepDeletedAccount(deleted, Date.now());
    await fakeBrowser.storage.session.set({ unrelated: 'kept' });

    await vault.eraseVault();

    expect(await vault.getVaultState()).toBe('uninitialised');
    // Neither the unlocked key nor a deleted account waiting for an undo is left.
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ unrelated: 'kept' });
    await expect(vault.listAccounts()).rejects.toThrow(VaultLockedError);
    // Opened again since (by getVaultState), empty: nothing of the old vault is left in it.
    expect(Object.values(await dumpAllStores(dbName)).flat()).toEqual([]);

    await vault.createVault('a second vault passphrase');
    expect(await vault.getVaultState()).toBe('unlocked');
    expect(await vault.listAccounts()).toEqual([]);
    expect(await vault.listRecords()).toEqual([]);
    await expect(vault.verifyPassphrase(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
  });

  it('removes the database from disk while nothing reopens it', async () => {
    const { vault, dbName } = await createdVault();
    await vault.eraseVault();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(dbName);
  });

  it('is not blocked by another open connection of the vault (another service instance)', async () => {
    const { vault, dbName } = await createdVault();
    const other = createVaultService({ dbName });
    await other.listAccounts();
    await vault.eraseVault();
    expect(await other.getVaultState()).toBe('uninitialised');
  });

  it('erases a locked vault too', async () => {
    const { vault } = await createdVault();
    await vault.lockVault();
    await vault.eraseVault();
    expect(await vault.getVaultState()).toBe('uninitialised');
  });
});
