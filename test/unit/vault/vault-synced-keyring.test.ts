// The passphrase changed on another browser: the same data key, wrapped anew. An unlocked browser
// replaces its keyring at once; a locked one keeps it aside until it is unlocked with the new
// passphrase, and only if the key it wraps opens this vault's records.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateDataKey } from '../../../lib/crypto/aes-gcm';
import { KdfPolicyError, WrongPassphraseError } from '../../../lib/crypto/errors';
import { newKdfParams } from '../../../lib/crypto/kdf';
import { VaultCorruptError, VaultLockedError, VaultUninitialisedError } from '../../../lib/vault/errors';
import { unwrapDataKey, wrapDataKey } from '../../../lib/vault/keyring';
import type { KeyringRecord } from '../../../lib/vault/schemas';
import { createVaultService, type VaultService } from '../../../lib/vault/vault-service';
import { createdVault, dumpAllStores, PASSPHRASE, readRaw, sampleInput, sampleTrustedDevice, uniqueDbName } from './helpers';

const CHOSEN_ELSEWHERE = 'a passphrase chosen on another browser';

beforeEach(() => {
  fakeBrowser.reset();
});

/** The vault's own data key wrapped under the passphrase the other browser chose. */
async function rewrapped(vault: VaultService, passphrase = CHOSEN_ELSEWHERE): Promise<KeyringRecord> {
  const keyring = await vault.getKeyring();
  return wrapDataKey(passphrase, await unwrapDataKey(PASSPHRASE, keyring), newKdfParams(), keyring.createdAt);
}

/** A keyring of the right shape wrapping a key that is not this vault's. */
const forged = (passphrase = CHOSEN_ELSEWHERE) => wrapDataKey(passphrase, generateDataKey(), newKdfParams(), 1);

const weakened = (keyring: KeyringRecord): KeyringRecord => ({ ...keyring, kdf: { ...keyring.kdf, iterations: 1_000 } });

async function lockedVaultWithAccount() {
  const { vault, dbName } = await createdVault();
  const account = await vault.addAccount(sampleInput());
  await vault.lockVault();
  return { vault, dbName, account };
}

describe('getKeyring', () => {
  it('is the keyring as stored, whether locked or not; none before a vault exists', async () => {
    const { vault, dbName } = await lockedVaultWithAccount();
    expect(await vault.getKeyring()).toEqual(await readRaw(dbName, 'meta', 'keyring'));
    await expect(createVaultService({ dbName: uniqueDbName() }).getKeyring()).rejects.toThrow(VaultUninitialisedError);
  });
});

describe('replaceKeyring', () => {
  it('stores the re-wrapped keyring: after a lock only the new passphrase opens the vault', async () => {
    const { vault, dbName } = await createdVault();
    const account = await vault.addAccount(sampleInput());
    const keyring = await rewrapped(vault);
    await vault.replaceKeyring(keyring);
    expect(await readRaw(dbName, 'meta', 'keyring')).toEqual(keyring);

    await vault.lockVault();
    await expect(vault.unlockVault(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    await vault.unlockVault(CHOSEN_ELSEWHERE);
    expect(await vault.listAccounts()).toEqual([account]);
  });

  it('refuses a locked vault and a weak KDF: nothing changed', async () => {
    const { vault, dbName } = await createdVault();
    const keyring = await rewrapped(vault);
    const before = await dumpAllStores(dbName);
    await expect(vault.replaceKeyring(weakened(keyring))).rejects.toThrow(KdfPolicyError);
    await vault.lockVault();
    await expect(vault.replaceKeyring(keyring)).rejects.toThrow(VaultLockedError);
    expect(await dumpAllStores(dbName)).toEqual(before);
  });
});

describe('a pending keyring', () => {
  it('unlocks with the new passphrase and becomes the keyring', async () => {
    const { vault, dbName, account } = await lockedVaultWithAccount();
    await vault.unlockVault(PASSPHRASE);
    const keyring = await rewrapped(vault);
    await vault.lockVault();

    await vault.setPendingKeyring(keyring);
    expect(await readRaw(dbName, 'meta', 'pendingKeyring')).toEqual(keyring);
    const restarted = createVaultService({ dbName });
    await restarted.unlockVault(CHOSEN_ELSEWHERE);
    expect(await restarted.listAccounts()).toEqual([account]);
    expect(await readRaw(dbName, 'meta', 'keyring')).toEqual(keyring);
    expect(await readRaw(dbName, 'meta', 'pendingKeyring')).toBeUndefined();

    await restarted.lockVault();
    await expect(restarted.unlockVault(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    await restarted.unlockVault(CHOSEN_ELSEWHERE);
  });

  it('leaves the old passphrase working while it waits', async () => {
    const { vault, dbName, account } = await lockedVaultWithAccount();
    const keyringBefore = await vault.getKeyring();
    await vault.unlockVault(PASSPHRASE);
    const keyring = await rewrapped(vault);
    await vault.lockVault();
    await vault.setPendingKeyring(keyring);

    await vault.unlockVault(PASSPHRASE);
    expect(await vault.listAccounts()).toEqual([account]);
    expect(await readRaw(dbName, 'meta', 'keyring')).toEqual(keyringBefore);
    expect(await readRaw(dbName, 'meta', 'pendingKeyring')).toEqual(keyring);
    await expect(vault.unlockVault('not any passphrase at all')).rejects.toThrow(WrongPassphraseError);
  });

  it('wrapping another data key never replaces the keyring, even unwrapped with its own passphrase', async () => {
    const { vault, dbName, account } = await lockedVaultWithAccount();
    const keyringBefore = await vault.getKeyring();
    await vault.setPendingKeyring(await forged());

    await expect(vault.unlockVault(CHOSEN_ELSEWHERE)).rejects.toThrow(WrongPassphraseError);
    expect(await vault.getVaultState()).toBe('locked');
    expect(await readRaw(dbName, 'meta', 'keyring')).toEqual(keyringBefore);
    // Found out, it is dropped; the vault's own passphrase opens it as before.
    expect(await readRaw(dbName, 'meta', 'pendingKeyring')).toBeUndefined();
    await vault.unlockVault(PASSPHRASE);
    expect(await vault.listAccounts()).toEqual([account]);
  });

  it('wrapping another data key is found out by the secret records too, in a vault without accounts', async () => {
    const { vault, dbName } = await createdVault();
    await vault.putRecord(sampleTrustedDevice());
    await vault.lockVault();
    const keyringBefore = await vault.getKeyring();
    await vault.setPendingKeyring(await forged());
    await expect(vault.unlockVault(CHOSEN_ELSEWHERE)).rejects.toThrow(WrongPassphraseError);
    expect(await readRaw(dbName, 'meta', 'keyring')).toEqual(keyringBefore);
  });

  it('is cleared by a passphrase changed here', async () => {
    const { vault, dbName } = await createdVault();
    await vault.setPendingKeyring(await rewrapped(vault));
    await vault.changePassphrase(PASSPHRASE, 'the passphrase chosen here');
    expect(await readRaw(dbName, 'meta', 'pendingKeyring')).toBeUndefined();
    await vault.lockVault();
    await expect(vault.unlockVault(CHOSEN_ELSEWHERE)).rejects.toThrow(WrongPassphraseError);
    await vault.unlockVault('the passphrase chosen here');
  });

  it('is refused with a weak KDF or a damaged shape, and before a vault exists: nothing stored', async () => {
    const { vault, dbName } = await lockedVaultWithAccount();
    const before = await dumpAllStores(dbName);
    const keyring = await forged();
    await expect(vault.setPendingKeyring(weakened(keyring))).rejects.toThrow(KdfPolicyError);
    await expect(vault.setPendingKeyring({ ...keyring, wrappedKey: undefined } as unknown as KeyringRecord)).rejects.toThrow(VaultCorruptError);
    expect(await dumpAllStores(dbName)).toEqual(before);
    await expect(createVaultService({ dbName: uniqueDbName() }).setPendingKeyring(keyring)).rejects.toThrow(VaultUninitialisedError);
  });
});
