// Before/after: a version 1 vault (test/fixtures/vault-v1.json) opened by the current vault.
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WrongPassphraseError } from '../../../lib/crypto/errors';
import { createVaultService } from '../../../lib/vault/vault-service';
import {
  dumpAllStores,
  PASSPHRASE,
  sampleCredentials,
  sampleInput,
  sampleTrustedDevice,
  uniqueDbName,
} from './helpers';
import { loadV1Fixture, writeV1Database } from './v1-fixture';

beforeEach(() => {
  fakeBrowser.reset();
});

async function v1Database(): Promise<string> {
  const dbName = uniqueDbName();
  await writeV1Database(dbName, loadV1Fixture());
  return dbName;
}

describe('upgrade from version 1 to version 2', () => {
  it('the fixture really is a version 1 database without a records store', async () => {
    const dbName = await v1Database();
    const raw = await openDB(dbName);
    expect(raw.version).toBe(1);
    expect([...raw.objectStoreNames].sort()).toEqual(['accounts', 'meta']);
    raw.close();
  });

  it('keeps the passphrase and every account, and adds an empty records store', async () => {
    const fixture = loadV1Fixture();
    const dbName = await v1Database();
    const before = await dumpAllStores(dbName);

    const vault = createVaultService({ dbName });
    expect(await vault.getVaultState()).toBe('locked');
    await vault.unlockVault(PASSPHRASE);
    expect(await vault.listAccounts()).toEqual(fixture.accounts);
    expect(await vault.listRecords()).toEqual([]);
    await vault.close();

    const raw = await openDB(dbName);
    expect(raw.version).toBe(2);
    expect(raw.transaction('records').store.keyPath).toBe('id');
    raw.close();
    // No data moved: the old stores are byte for byte what version 1 wrote.
    expect(await dumpAllStores(dbName)).toEqual({ ...before, records: [] });
  });

  it('only the old passphrase unlocks the upgraded vault', async () => {
    const vault = createVaultService({ dbName: await v1Database() });
    await expect(vault.unlockVault('not the passphrase at all')).rejects.toThrow(
      WrongPassphraseError,
    );
    expect(await vault.getVaultState()).toBe('locked');
  });

  it('the upgraded vault stores records and accounts like a new one', async () => {
    const fixture = loadV1Fixture();
    const dbName = await v1Database();
    const vault = createVaultService({ dbName });
    await vault.unlockVault(PASSPHRASE);
    const device = sampleTrustedDevice();
    const credentials = sampleCredentials();

    await vault.putRecord(device);
    await vault.putRecord(credentials);
    const added = await vault.addAccount(sampleInput({ label: 'after the upgrade' }));

    const restarted = createVaultService({ dbName });
    const records = await restarted.listRecords();
    expect(records).toHaveLength(2);
    expect(records).toEqual(expect.arrayContaining([device, credentials]));
    expect(await restarted.listAccounts()).toEqual([...fixture.accounts, added]);
  });
});
