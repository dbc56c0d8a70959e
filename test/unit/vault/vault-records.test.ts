// The secret records store: trusted devices and profile credentials, each one ciphertext.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InvalidRecordError, VaultLockedError } from '../../../lib/vault/errors';
import { createVaultService, type VaultService } from '../../../lib/vault/vault-service';
import {
  createdVault,
  dumpAllStores,
  PASSPHRASE,
  readRaw,
  sampleCredentials,
  sampleTrustedDevice,
} from './helpers';

// One vault for the file (one PBKDF2 derivation); each test starts unlocked with no records.
let vault: VaultService;
let dbName: string;

beforeAll(async () => {
  ({ vault, dbName } = await createdVault());
});

beforeEach(async () => {
  fakeBrowser.reset();
  await vault.unlockVault(PASSPHRASE);
  for (const record of await vault.listRecords()) await vault.deleteRecord(record.id);
});

function byId<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id));
}

describe('vault records', () => {
  it('round-trips both kinds, including after a worker restart', async () => {
    const device = sampleTrustedDevice();
    const minimalDevice = sampleTrustedDevice({
      deviceId: undefined,
      operatingSystem: undefined,
      browser: undefined,
      name: undefined,
    });
    const credentials = sampleCredentials();
    await vault.putRecord(device);
    await vault.putRecord(minimalDevice);
    await vault.putRecord(credentials);

    const expected = byId([device, minimalDevice, credentials]);
    expect(byId(await vault.listRecords())).toEqual(expected);
    expect(byId(await createVaultService({ dbName }).listRecords())).toEqual(expected);
  });

  it('stores only id, iv and ciphertext on disk', async () => {
    const device = sampleTrustedDevice();
    await vault.putRecord(device);
    const raw = await readRaw(dbName, 'records', device.id);
    expect(Object.keys(raw as object).sort()).toEqual(['ciphertext', 'id', 'iv']);
    expect(raw).toMatchObject({ id: device.id });
  });

  it('replaces the record with the same id, whatever its kind was', async () => {
    const device = sampleTrustedDevice();
    await vault.putRecord(device);
    const reregistered = { ...device, fingerprint: 'AnotherFingerprint', deviceId: 17 };
    await vault.putRecord(reregistered);
    expect(await vault.listRecords()).toEqual([reregistered]);

    const credentials = sampleCredentials({ id: device.id });
    await vault.putRecord(credentials);
    expect(await vault.listRecords()).toEqual([credentials]);
  });

  it('deletes a record, and deleting an absent one is not an error', async () => {
    const kept = sampleCredentials();
    const removed = sampleTrustedDevice();
    await vault.putRecord(kept);
    await vault.putRecord(removed);

    await vault.deleteRecord(removed.id);
    await vault.deleteRecord(removed.id);
    await vault.deleteRecord(crypto.randomUUID());
    expect(await vault.listRecords()).toEqual([kept]);
  });

  it('keeps only the fields of the record kind', async () => {
    const device = sampleTrustedDevice();
    await vault.putRecord({ ...device, clientSecret: 'not a device field' } as never);
    expect(await vault.listRecords()).toEqual([device]);
  });

  it('returns copies: changing a listed record changes nothing stored', async () => {
    const device = sampleTrustedDevice();
    await vault.putRecord(device);
    const [listed] = await vault.listRecords();
    (listed as { fingerprint: string }).fingerprint = 'changed';
    expect(await vault.listRecords()).toEqual([device]);
  });

  it.each([
    ['an empty id', sampleTrustedDevice({ id: '' })],
    ['an id over 64 characters', sampleCredentials({ id: 'x'.repeat(65) })],
    ['an unknown kind', { ...sampleCredentials(), kind: 'password' }],
    ['no fingerprint', sampleTrustedDevice({ fingerprint: '' })],
    ['an empty profile id', sampleCredentials({ profileId: '' })],
    ['an empty client secret', sampleCredentials({ clientSecret: '' })],
    ['a username over 254 characters', sampleTrustedDevice({ username: 'a'.repeat(255) })],
    ['a fractional device id', sampleTrustedDevice({ deviceId: 1.5 })],
    ['a negative registration time', sampleTrustedDevice({ registeredAt: -1 })],
  ])('refuses a record with %s as InvalidRecordError and writes nothing', async (_case, record) => {
    await expect(vault.putRecord(record as never)).rejects.toThrow(InvalidRecordError);
    expect((await dumpAllStores(dbName)).records).toEqual([]);
  });

  it('accepts an id of exactly 64 characters, and refuses bad ids on delete too', async () => {
    const record = sampleCredentials({ id: 'x'.repeat(64) });
    await vault.putRecord(record);
    expect(await vault.listRecords()).toEqual([record]);
    await expect(vault.deleteRecord('')).rejects.toThrow(InvalidRecordError);
    await expect(vault.deleteRecord('x'.repeat(65))).rejects.toThrow(InvalidRecordError);
  });

  it('needs the vault unlocked for every record operation', async () => {
    const record = sampleTrustedDevice();
    await vault.putRecord(record);
    await vault.lockVault();

    await expect(vault.listRecords()).rejects.toThrow(VaultLockedError);
    await expect(vault.putRecord(sampleCredentials())).rejects.toThrow(VaultLockedError);
    await expect(vault.deleteRecord(record.id)).rejects.toThrow(VaultLockedError);

    await vault.unlockVault(PASSPHRASE);
    expect(await vault.listRecords()).toEqual([record]);
  });

  it('applies concurrent writes in the order they were asked for', async () => {
    const records = Array.from({ length: 5 }, () => sampleTrustedDevice());
    await Promise.all([
      ...records.map((record) => vault.putRecord(record)),
      vault.deleteRecord(records[0]!.id),
    ]);
    expect(byId(await vault.listRecords())).toEqual(byId(records.slice(1)));
  });
});
