// Deleting hands back the sealed record; restoring puts exactly that record back, and only it.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DecryptionError } from '../../../lib/crypto/errors';
import {
  AccountExistsError,
  VaultCorruptError,
  VaultLockedError,
  VaultNotFoundError,
} from '../../../lib/vault/errors';
import { parseAccountRecord } from '../../../lib/vault/schemas';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, flipFirstByte, readRaw, sampleInput } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

async function threeAccounts() {
  const { vault, dbName } = await createdVault();
  const a = await vault.addAccount(sampleInput({ label: 'a', origins: ['https://a.example'] }));
  const b = await vault.addAccount(sampleInput({ label: 'b' }));
  const c = await vault.addAccount(sampleInput({ label: 'c' }));
  return { vault, dbName, a, b, c };
}

const labels = async (vault: { listAccounts(): Promise<{ label: string }[]> }) =>
  (await vault.listAccounts()).map((account) => account.label);

describe('deleteAccount', () => {
  it('returns the sealed record as it was on disk and removes it', async () => {
    const { vault, dbName, b } = await threeAccounts();
    const before = parseAccountRecord(await readRaw(dbName, 'accounts', b.id));
    const deleted = await vault.deleteAccount(b.id);
    expect(deleted).toEqual(before);
    expect(await readRaw(dbName, 'accounts', b.id)).toBeUndefined();
    expect(await labels(vault)).toEqual(['a', 'c']);
    await expect(vault.deleteAccount(b.id)).rejects.toThrow(VaultNotFoundError);
  });

  it('needs the vault unlocked', async () => {
    const { vault, b } = await threeAccounts();
    await vault.lockVault();
    await expect(vault.deleteAccount(b.id)).rejects.toThrow(VaultLockedError);
  });
});

describe('restoreAccount', () => {
  it('puts the account back at its place with every field', async () => {
    const { vault, dbName, a, b } = await threeAccounts();
    const deleted = await vault.deleteAccount(b.id);
    const restored = await vault.restoreAccount(deleted);
    expect(restored).toEqual(b);
    expect(await labels(vault)).toEqual(['a', 'b', 'c']);
    expect(parseAccountRecord(await readRaw(dbName, 'accounts', b.id))).toEqual(deleted);

    const first = await vault.deleteAccount(a.id);
    // A restarted worker (new service, same disk and session) restores as well.
    expect((await createVaultService({ dbName }).restoreAccount(first)).origins).toEqual(['https://a.example']);
    expect(await labels(createVaultService({ dbName }))).toEqual(['a', 'b', 'c']);
  });

  it('refuses when the id is in the vault again, and changes nothing', async () => {
    const { vault, dbName, b } = await threeAccounts();
    const deleted = await vault.deleteAccount(b.id);
    await vault.restoreAccount(deleted);
    await vault.updateAccount(b.id, { label: 'renamed since' });
    const now = await readRaw(dbName, 'accounts', b.id);
    await expect(vault.restoreAccount(deleted)).rejects.toThrow(AccountExistsError);
    expect(await readRaw(dbName, 'accounts', b.id)).toEqual(now);
    expect(await labels(vault)).toEqual(['a', 'renamed since', 'c']);
  });

  it('refuses a tampered record and writes nothing', async () => {
    const { vault, dbName, b } = await threeAccounts();
    const deleted = await vault.deleteAccount(b.id);
    await expect(vault.restoreAccount({ ...deleted, ciphertext: flipFirstByte(deleted.ciphertext) })).rejects.toThrow(
      DecryptionError,
    );
    await expect(vault.restoreAccount({ ...deleted, iv: flipFirstByte(deleted.iv) })).rejects.toThrow(DecryptionError);
    expect(await readRaw(dbName, 'accounts', b.id)).toBeUndefined();
    expect(await labels(vault)).toEqual(['a', 'c']);
  });

  it('refuses a record moved to another id (the AAD binds the id)', async () => {
    const { vault, dbName, b } = await threeAccounts();
    const deleted = await vault.deleteAccount(b.id);
    const otherId = crypto.randomUUID();
    await expect(vault.restoreAccount({ ...deleted, id: otherId })).rejects.toThrow(DecryptionError);
    expect(await readRaw(dbName, 'accounts', otherId)).toBeUndefined();
  });

  it('refuses a malformed record', async () => {
    const { vault, b } = await threeAccounts();
    const deleted = await vault.deleteAccount(b.id);
    await expect(vault.restoreAccount({ ...deleted, id: '' })).rejects.toThrow(VaultCorruptError);
  });

  it('refuses a record of another vault', async () => {
    const { vault, b } = await threeAccounts();
    const deleted = await vault.deleteAccount(b.id);
    // A new vault parks a new data key in the session.
    const { vault: other } = await createdVault();
    await expect(other.restoreAccount(deleted)).rejects.toThrow(DecryptionError);
    expect(await other.listAccounts()).toEqual([]);
  });

  it('needs the vault unlocked', async () => {
    const { vault, b } = await threeAccounts();
    const deleted = await vault.deleteAccount(b.id);
    await vault.lockVault();
    await expect(vault.restoreAccount(deleted)).rejects.toThrow(VaultLockedError);
  });
});
