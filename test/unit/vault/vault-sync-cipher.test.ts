// The cipher sync seals what it stores with: the vault's data key, which never leaves the vault.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateDataKey, open } from '../../../lib/crypto/aes-gcm';
import { utf8Encode } from '../../../lib/crypto/bytes';
import { DecryptionError } from '../../../lib/crypto/errors';
import { newKdfParams } from '../../../lib/crypto/kdf';
import { VaultLockedError } from '../../../lib/vault/errors';
import { wrapDataKey } from '../../../lib/vault/keyring';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, PASSPHRASE, sessionDataKey } from './helpers';

const UNIT = utf8Encode('{"accounts":[]}');
const AAD = utf8Encode('unit/1');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('syncCipher', () => {
  it('opens what it sealed, in a restarted worker too, only with the same AAD', async () => {
    const { vault, dbName } = await createdVault();
    const sealed = await (await vault.syncCipher()).seal(UNIT, AAD);
    expect(sealed.ciphertext).not.toEqual(UNIT);
    expect(await (await createVaultService({ dbName }).syncCipher()).open(sealed, AAD)).toEqual(UNIT);
    await expect((await vault.syncCipher()).open(sealed, utf8Encode('unit/2'))).rejects.toThrow(DecryptionError);
  });

  it('seals under the data key with an AAD of its own: nothing it seals passes for another of the vault’s ciphertexts', async () => {
    const { vault } = await createdVault();
    const aad = utf8Encode('otp-vault/account/some-id');
    const sealed = await (await vault.syncCipher()).seal(UNIT, aad);
    await expect(open(await sessionDataKey(), sealed, aad)).rejects.toThrow(DecryptionError);
    expect(await open(await sessionDataKey(), sealed, utf8Encode('otp-vault/sync/otp-vault/account/some-id'))).toEqual(UNIT);
  });

  it('refuses when locked, and a cipher kept past a lock refuses too', async () => {
    const { vault } = await createdVault();
    const cipher = await vault.syncCipher();
    const sealed = await cipher.seal(UNIT, AAD);
    await vault.lockVault();
    await expect(vault.syncCipher()).rejects.toThrow(VaultLockedError);
    await expect(cipher.seal(UNIT, AAD)).rejects.toThrow(VaultLockedError);
    await expect(cipher.open(sealed, AAD)).rejects.toThrow(VaultLockedError);
    await vault.unlockVault(PASSPHRASE);
    expect(await cipher.open(sealed, AAD)).toEqual(UNIT);
  });

  it('follows the vault to a new data key', async () => {
    const { vault } = await createdVault();
    const cipher = await vault.syncCipher();
    const before = await cipher.seal(UNIT, AAD);
    const dataKey = generateDataKey();
    await vault.rekeyVault(await wrapDataKey('the synced passphrase', dataKey, newKdfParams(), 1), dataKey);
    await expect(cipher.open(before, AAD)).rejects.toThrow(DecryptionError);
    expect(await cipher.open(await cipher.seal(UNIT, AAD), AAD)).toEqual(UNIT);
  });
});
