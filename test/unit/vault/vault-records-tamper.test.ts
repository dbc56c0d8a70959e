// Secret records whose bytes on disk were altered, swapped, moved between stores or malformed.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seal } from '../../../lib/crypto/aes-gcm';
import { utf8Encode } from '../../../lib/crypto/bytes';
import { DecryptionError } from '../../../lib/crypto/errors';
import { VaultCorruptError } from '../../../lib/vault/errors';
import { parseSealedRecord } from '../../../lib/vault/record-schemas';
import { parseAccountRecord } from '../../../lib/vault/schemas';
import { createVaultService } from '../../../lib/vault/vault-service';
import {
  createdVault,
  flipFirstByte,
  readRaw,
  sampleCredentials,
  sampleInput,
  sampleTrustedDevice,
  sessionDataKey,
  writeRaw,
} from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('tampered secret records', () => {
  it.each(['ciphertext', 'iv'] as const)('a flipped %s byte is a DecryptionError', async (part) => {
    const { vault, dbName } = await createdVault();
    const device = sampleTrustedDevice();
    await vault.putRecord(device);
    const sealed = parseSealedRecord(await readRaw(dbName, 'records', device.id));
    await writeRaw(dbName, 'records', { ...sealed, [part]: flipFirstByte(sealed[part]) });

    await expect(vault.listRecords()).rejects.toThrow(DecryptionError);
    await expect(createVaultService({ dbName }).listRecords()).rejects.toThrow(DecryptionError);
  });

  it('ciphertexts swapped between two record ids are a DecryptionError', async () => {
    const { vault, dbName } = await createdVault();
    const first = sampleTrustedDevice();
    const second = sampleCredentials();
    await vault.putRecord(first);
    await vault.putRecord(second);
    const firstSealed = parseSealedRecord(await readRaw(dbName, 'records', first.id));
    const secondSealed = parseSealedRecord(await readRaw(dbName, 'records', second.id));
    await writeRaw(dbName, 'records', { ...secondSealed, id: first.id });
    await writeRaw(dbName, 'records', { ...firstSealed, id: second.id });

    await expect(vault.listRecords()).rejects.toThrow(DecryptionError);
  });

  it('an account ciphertext copied into the records store is a DecryptionError', async () => {
    const { vault, dbName } = await createdVault();
    const account = await vault.addAccount(sampleInput());
    const stored = parseAccountRecord(await readRaw(dbName, 'accounts', account.id));
    const moved = { id: stored.id, iv: stored.iv, ciphertext: stored.ciphertext };
    await writeRaw(dbName, 'records', moved);

    await expect(vault.listRecords()).rejects.toThrow(DecryptionError);
  });

  it('a record ciphertext copied into the accounts store is a DecryptionError', async () => {
    const { vault, dbName } = await createdVault();
    const account = await vault.addAccount(sampleInput());
    const device = sampleTrustedDevice({ id: account.id });
    await vault.putRecord(device);
    const sealed = parseSealedRecord(await readRaw(dbName, 'records', device.id));
    const stored = parseAccountRecord(await readRaw(dbName, 'accounts', account.id));
    await writeRaw(dbName, 'accounts', { ...sealed, order: stored.order });

    await expect(createVaultService({ dbName }).getAccount(account.id)).rejects.toThrow(
      DecryptionError,
    );
  });

  it('a record of the wrong shape on disk is VaultCorruptError', async () => {
    const { vault, dbName } = await createdVault();
    await writeRaw(dbName, 'records', { id: 'bad', iv: 'nope', ciphertext: 1 });
    await expect(vault.listRecords()).rejects.toThrow(VaultCorruptError);
  });

  it.each([
    ['an unknown kind', { ...sampleCredentials({ id: 'r1' }), kind: 'password' }],
    ['a missing field', { ...sampleTrustedDevice({ id: 'r1' }), fingerprint: undefined }],
    ['another id than its own', sampleTrustedDevice({ id: 'someone-else' })],
  ])('a well-encrypted payload with %s is VaultCorruptError', async (_case, payload) => {
    const { vault, dbName } = await createdVault();
    const key = await sessionDataKey();
    const plaintext = utf8Encode(JSON.stringify(payload));
    const sealed = await seal(key, plaintext, utf8Encode('otp-vault/record/r1'));
    await writeRaw(dbName, 'records', { id: 'r1', ...sealed });

    await expect(vault.listRecords()).rejects.toThrow(VaultCorruptError);
  });

  it('a well-encrypted payload that is not JSON is VaultCorruptError without a cause', async () => {
    const { vault, dbName } = await createdVault();
    const key = await sessionDataKey();
    const plaintext = utf8Encode('{"clientSecret":SECRETSECRET}');
    const sealed = await seal(key, plaintext, utf8Encode('otp-vault/record/r1'));
    await writeRaw(dbName, 'records', { id: 'r1', ...sealed });

    const error = await vault.listRecords().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VaultCorruptError);
    expect((error as Error).cause).toBeUndefined();
    expect((error as Error).message).not.toContain('SECRET');
  });
});
