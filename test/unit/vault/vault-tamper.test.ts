// What happens when the bytes on disk are altered, swapped, weakened or malformed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importDataKey, seal } from '../../../lib/crypto/aes-gcm';
import { fromBase64, randomBytes, utf8Encode } from '../../../lib/crypto/bytes';
import { DecryptionError, KdfPolicyError, WrongPassphraseError } from '../../../lib/crypto/errors';
import { VaultCorruptError } from '../../../lib/vault/errors';
import { parseAccountRecord, parseKeyringRecord } from '../../../lib/vault/schemas';
import { createVaultService } from '../../../lib/vault/vault-service';
import {
  createdVault,
  flipFirstByte,
  PASSPHRASE,
  readRaw,
  sampleInput,
  uniqueDbName,
  writeRaw,
} from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('tampered account records', () => {
  it('a flipped ciphertext byte is a DecryptionError, cached or not', async () => {
    const { vault, dbName } = await createdVault();
    const account = await vault.addAccount(sampleInput());
    const record = parseAccountRecord(await readRaw(dbName, 'accounts', account.id));
    await writeRaw(dbName, 'accounts', { ...record, ciphertext: flipFirstByte(record.ciphertext) });

    await expect(vault.getAccount(account.id)).rejects.toThrow(DecryptionError);
    await expect(vault.listAccounts()).rejects.toThrow(DecryptionError);
    await expect(createVaultService({ dbName }).getAccount(account.id)).rejects.toThrow(
      DecryptionError,
    );
  });

  it('records swapped between ids are a DecryptionError (the AAD names the id)', async () => {
    const { vault, dbName } = await createdVault();
    const first = await vault.addAccount(sampleInput({ label: 'first' }));
    const second = await vault.addAccount(sampleInput({ label: 'second' }));
    const firstRecord = parseAccountRecord(await readRaw(dbName, 'accounts', first.id));
    const secondRecord = parseAccountRecord(await readRaw(dbName, 'accounts', second.id));
    await writeRaw(dbName, 'accounts', { ...secondRecord, id: first.id, order: firstRecord.order });

    await expect(vault.getAccount(first.id)).rejects.toThrow(DecryptionError);
  });
});

describe('tampered keyring', () => {
  // AES-GCM cannot tell an altered wrapped key (or salt) from a wrong passphrase: both fail the
  // tag. Decision: report WrongPassphraseError, keeping the DecryptionError as its cause.
  it.each(['wrappedKey', 'salt'] as const)(
    'an altered %s reads as WrongPassphraseError caused by DecryptionError',
    async (field) => {
      const { vault, dbName } = await createdVault();
      await vault.lockVault();
      const keyring = parseKeyringRecord(await readRaw(dbName, 'meta', 'keyring'));
      const tampered =
        field === 'salt'
          ? { ...keyring, kdf: { ...keyring.kdf, salt: flipFirstByte(keyring.kdf.salt) } }
          : {
              ...keyring,
              wrappedKey: {
                ...keyring.wrappedKey,
                ciphertext: flipFirstByte(keyring.wrappedKey.ciphertext),
              },
            };
      await writeRaw(dbName, 'meta', tampered, 'keyring');

      const error = await vault.unlockVault(PASSPHRASE).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WrongPassphraseError);
      expect((error as Error).cause).toBeInstanceOf(DecryptionError);
      expect(await vault.getVaultState()).toBe('locked');
    },
  );
});

describe('weakened KDF parameters on disk', () => {
  /** A keyring that the right passphrase really opens, but at only 100,000 iterations. */
  async function writeWeakKeyring(dbName: string): Promise<void> {
    const salt = randomBytes(16);
    const base = await crypto.subtle.importKey('raw', utf8Encode(PASSPHRASE), 'PBKDF2', false, [
      'deriveKey',
    ]);
    const weakKey = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000, salt },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt'],
    );
    const wrappedKey = await seal(weakKey, randomBytes(32), utf8Encode('otp-vault/keyring/v1'));
    const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000, salt };
    await writeRaw(dbName, 'meta', { version: 1, kdf, wrappedKey, createdAt: 1 }, 'keyring');
  }

  it('refuses unlock with KdfPolicyError despite the right passphrase', async () => {
    const dbName = uniqueDbName();
    const vault = createVaultService({ dbName });
    await vault.getVaultState(); // creates the schema
    await writeWeakKeyring(dbName);
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');

    await expect(vault.unlockVault(PASSPHRASE)).rejects.toThrow(KdfPolicyError);
    await expect(vault.changePassphrase(PASSPHRASE, 'a brand new passphrase')).rejects.toThrow(
      KdfPolicyError,
    );
    expect(deriveKey).not.toHaveBeenCalled();
    expect(await vault.getVaultState()).toBe('locked');
  });

  it('an absurd iteration count is refused before deriving, not left to hang the worker', async () => {
    const { vault, dbName } = await createdVault();
    await vault.lockVault();
    const keyring = parseKeyringRecord(await readRaw(dbName, 'meta', 'keyring'));
    const hostile = { ...keyring, kdf: { ...keyring.kdf, iterations: 2 ** 40 } };
    await writeRaw(dbName, 'meta', hostile, 'keyring');
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');

    await expect(vault.unlockVault(PASSPHRASE)).rejects.toThrow(KdfPolicyError);
    expect(deriveKey).not.toHaveBeenCalled();
  });

  it('an unknown KDF name is refused the same way', async () => {
    const { vault, dbName } = await createdVault();
    await vault.lockVault();
    const keyring = parseKeyringRecord(await readRaw(dbName, 'meta', 'keyring'));
    const unknownKdf = { ...keyring, kdf: { ...keyring.kdf, name: 'none' } };
    await writeRaw(dbName, 'meta', unknownKdf, 'keyring');
    await expect(vault.unlockVault(PASSPHRASE)).rejects.toThrow(KdfPolicyError);
  });
});

describe('records of the wrong shape', () => {
  it('an account record of the wrong shape is VaultCorruptError', async () => {
    const { vault, dbName } = await createdVault();
    const account = await vault.addAccount(sampleInput());
    await writeRaw(dbName, 'accounts', { id: account.id, order: 0, iv: 'nope', ciphertext: 1 });
    await expect(vault.getAccount(account.id)).rejects.toThrow(VaultCorruptError);
    await expect(vault.listAccounts()).rejects.toMatchObject({ name: 'VaultCorruptError' });
  });

  it('a keyring of the wrong shape is VaultCorruptError', async () => {
    const { vault, dbName } = await createdVault();
    await writeRaw(dbName, 'meta', { version: 1, kdf: {} }, 'keyring');
    await expect(vault.getVaultState()).rejects.toThrow(VaultCorruptError);
    await expect(vault.unlockVault(PASSPHRASE)).rejects.toThrow(VaultCorruptError);
  });

  it('a well-encrypted payload of the wrong shape is VaultCorruptError', async () => {
    const { vault, dbName } = await createdVault();
    const account = await vault.addAccount(sampleInput());
    const session = await fakeBrowser.storage.session.get('vaultKey');
    const key = await importDataKey(fromBase64(String(session.vaultKey)));
    const payload = utf8Encode(JSON.stringify({ id: account.id, label: 42 }));
    const sealed = await seal(key, payload, utf8Encode(`otp-vault/account/${account.id}`));
    await writeRaw(dbName, 'accounts', { id: account.id, order: 0, ...sealed });

    await expect(createVaultService({ dbName }).getAccount(account.id)).rejects.toThrow(
      VaultCorruptError,
    );
  });
});
