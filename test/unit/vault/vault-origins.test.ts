// An account's sites travel inside its ciphertext, are validated before sealing, and older
// payloads without them still read.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sealAccount } from '../../../lib/vault/account-codec';
import { InvalidAccountError } from '../../../lib/vault/errors';
import { MAX_ORIGINS } from '../../../lib/vault/origins';
import { parseAccountRecord } from '../../../lib/vault/schemas';
import { createVaultService } from '../../../lib/vault/vault-service';
import { createdVault, readRaw, sampleInput, sessionDataKey, textsOf, writeRaw } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('account origins', () => {
  it('round-trip through the ciphertext, and through a restarted service', async () => {
    const { vault, dbName } = await createdVault();
    const origins = ['https://github.com', 'http://localhost:8080', 'https://xn--bcher-kva.de'];
    const added = await vault.addAccount(sampleInput({ origins }));
    expect(added.origins).toEqual(origins);
    expect((await vault.getAccount(added.id)).origins).toEqual(origins);
    expect((await createVaultService({ dbName }).listAccounts())[0]?.origins).toEqual(origins);

    const onDisk = textsOf(await readRaw(dbName, 'accounts', added.id)).join('\n');
    expect(onDisk).not.toContain('github');
  });

  it('are replaced by an update and kept by updates that do not name them', async () => {
    const { vault } = await createdVault();
    const added = await vault.addAccount(sampleInput({ origins: ['https://a.example'] }));
    await vault.updateAccount(added.id, { label: 'renamed' });
    expect((await vault.getAccount(added.id)).origins).toEqual(['https://a.example']);
    await vault.updateAccount(added.id, { origins: ['https://b.example'] });
    expect((await vault.getAccount(added.id)).origins).toEqual(['https://b.example']);
    await vault.updateAccount(added.id, { origins: [] });
    expect((await vault.getAccount(added.id)).origins).toEqual([]);
  });

  it('a caller cannot change the cached origins through the returned copy', async () => {
    const { vault } = await createdVault();
    const added = await vault.addAccount(sampleInput({ origins: ['https://a.example'] }));
    const copy = await vault.getAccount(added.id);
    copy.origins?.push('https://evil.example');
    expect((await vault.getAccount(added.id)).origins).toEqual(['https://a.example']);
  });

  it.each([
    [['https://GitHub.com']],
    [['https://github.com/']],
    [['https://github.com:443']],
    [['github.com']],
    [['ftp://github.com']],
    [['https://a.example', 'https://a.example']],
    [Array.from({ length: MAX_ORIGINS + 1 }, (_, i) => `https://s${i}.example`)],
  ])('refuses %j before writing anything', async (origins) => {
    const { vault } = await createdVault();
    await expect(vault.addAccount(sampleInput({ origins }))).rejects.toThrow(InvalidAccountError);
    const kept = await vault.addAccount(sampleInput());
    await expect(vault.updateAccount(kept.id, { origins })).rejects.toThrow(InvalidAccountError);
    expect(await vault.listAccounts()).toHaveLength(1);
    expect((await vault.getAccount(kept.id)).origins).toBeUndefined();
  });

  it('accepts the maximum number of sites', async () => {
    const { vault } = await createdVault();
    const origins = Array.from({ length: MAX_ORIGINS }, (_, i) => `https://s${i}.example`);
    expect((await vault.addAccount(sampleInput({ origins }))).origins).toHaveLength(MAX_ORIGINS);
  });

  it('reads a payload written before accounts had origins', async () => {
    const { vault, dbName } = await createdVault();
    const added = await vault.addAccount(sampleInput());
    const record = parseAccountRecord(await readRaw(dbName, 'accounts', added.id));
    // Sealed as the earlier versions did: the JSON has no `origins` key at all.
    const older = { ...sampleInput(), id: added.id, createdAt: added.createdAt };
    const sealed = await sealAccount(await sessionDataKey(), older);
    expect(JSON.stringify(older)).not.toContain('origins');
    await writeRaw(dbName, 'accounts', { ...record, ...sealed });

    const fresh = createVaultService({ dbName });
    const read = await fresh.getAccount(added.id);
    expect(read.origins).toBeUndefined();
    expect(read.label).toBe('alice@example.com');
  });
});
