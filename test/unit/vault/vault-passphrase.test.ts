import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KdfPolicyError, WrongPassphraseError } from '../../../lib/crypto/errors';
import { WeakPassphraseError } from '../../../lib/crypto/errors';
import { parseKeyringRecord } from '../../../lib/vault/schemas';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, dumpAllStores, PASSPHRASE, readRaw, sampleInput } from './helpers';

const NEXT = 'a brand new passphrase';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('changePassphrase', () => {
  it('re-wraps the key only: old passphrase fails, new works, accounts untouched', async () => {
    const { vault, dbName } = await createdVault();
    const accounts = [
      await vault.addAccount(sampleInput({ label: 'one' })),
      await vault.addAccount(sampleInput({ label: 'two' })),
    ];
    const before = await dumpAllStores(dbName);
    const keyringBefore = parseKeyringRecord(await readRaw(dbName, 'meta', 'keyring'));

    await vault.changePassphrase(PASSPHRASE, NEXT);

    const after = await dumpAllStores(dbName);
    // Byte-for-byte the same account records: nothing was re-encrypted.
    expect(after.accounts).toEqual(before.accounts);
    const keyringAfter = parseKeyringRecord(await readRaw(dbName, 'meta', 'keyring'));
    expect(keyringAfter.kdf.salt).not.toEqual(keyringBefore.kdf.salt);
    expect(keyringAfter.kdf.iterations).toBe(600_000);
    expect(keyringAfter.createdAt).toBe(keyringBefore.createdAt);

    // A restarted worker after a lock: only the new passphrase opens the vault.
    await vault.lockVault();
    const restarted = createVaultService({ dbName });
    await expect(restarted.unlockVault(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    await restarted.unlockVault(NEXT);
    expect(await restarted.listAccounts()).toEqual(accounts);
  });

  it('can raise the iterations', async () => {
    const { vault, dbName } = await createdVault();
    await vault.changePassphrase(PASSPHRASE, NEXT, { iterations: 700_000 });
    const keyring = parseKeyringRecord(await readRaw(dbName, 'meta', 'keyring'));
    expect(keyring.kdf.iterations).toBe(700_000);
    await vault.lockVault();
    await vault.unlockVault(NEXT);
    expect(await vault.getVaultState()).toBe('unlocked');
  });

  it('refuses sub-floor iterations, a weak new and a wrong current passphrase', async () => {
    const { vault, dbName } = await createdVault();
    const before = await dumpAllStores(dbName);

    await expect(vault.changePassphrase(PASSPHRASE, NEXT, { iterations: 100_000 })).rejects.toThrow(
      KdfPolicyError,
    );
    await expect(vault.changePassphrase(PASSPHRASE, 'short')).rejects.toThrow(WeakPassphraseError);
    await expect(vault.changePassphrase('wrong passphrase', NEXT)).rejects.toThrow(
      WrongPassphraseError,
    );

    expect(await dumpAllStores(dbName)).toEqual(before);
  });
});
