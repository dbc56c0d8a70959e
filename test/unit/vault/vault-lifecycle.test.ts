import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WrongPassphraseError } from '../../../lib/crypto/errors';
import { VaultExistsError, VaultLockedError, VaultUninitialisedError } from '../../../lib/vault/errors';
import { WeakPassphraseError } from '../../../lib/crypto/errors';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, PASSPHRASE, sampleInput, uniqueDbName } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('vault lifecycle', () => {
  it('starts uninitialised and refuses to unlock what does not exist', async () => {
    const vault = createVaultService({ dbName: uniqueDbName() });
    expect(await vault.getVaultState()).toBe('uninitialised');
    await expect(vault.unlockVault(PASSPHRASE)).rejects.toThrow(VaultUninitialisedError);
    await expect(vault.listAccounts()).rejects.toThrow(VaultLockedError);
  });

  it('refuses passphrases shorter than 8 characters', async () => {
    const vault = createVaultService({ dbName: uniqueDbName() });
    await expect(vault.createVault('short')).rejects.toThrow(WeakPassphraseError);
    // Four characters but eight UTF-16 units: the rule counts characters.
    await expect(vault.createVault('🔐🔐🔐🔐')).rejects.toThrow(WeakPassphraseError);
    expect(await vault.getVaultState()).toBe('uninitialised');
  });

  it('creates an unlocked vault and refuses to create a second one', async () => {
    const { vault } = await createdVault();
    expect(await vault.getVaultState()).toBe('unlocked');
    expect(await vault.listAccounts()).toEqual([]);
    await expect(vault.createVault('another passphrase')).rejects.toThrow(VaultExistsError);
  });

  it('locks: wipes the session key and refuses every account call', async () => {
    const { vault } = await createdVault();
    const account = await vault.addAccount(sampleInput());
    await vault.lockVault();

    expect(await vault.getVaultState()).toBe('locked');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    const calls = [
      vault.listAccounts(),
      vault.getAccount(account.id),
      vault.addAccount(sampleInput()),
      vault.updateAccount(account.id, { label: 'x' }),
      vault.deleteAccount(account.id),
    ];
    for (const call of calls) {
      await expect(call).rejects.toMatchObject({
        name: 'VaultLockedError',
        message: 'The vault is locked.',
      });
    }
  });

  it('unlocks with the right passphrase only', async () => {
    const { vault } = await createdVault();
    const account = await vault.addAccount(sampleInput());
    await vault.lockVault();

    const error = await vault.unlockVault('not the passphrase').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect(error).toMatchObject({ message: 'That passphrase is not right.' });
    expect(await vault.getVaultState()).toBe('locked');

    await vault.unlockVault(PASSPHRASE);
    expect(await vault.getVaultState()).toBe('unlocked');
    expect(await vault.listAccounts()).toEqual([account]);
  });

  it('keeps the session key as a base64 string under "vaultKey" only', async () => {
    await createdVault();
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session)).toEqual(['vaultKey']);
    expect(session.vaultKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});
