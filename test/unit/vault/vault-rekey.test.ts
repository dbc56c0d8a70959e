// Joining a synced vault: every sealed account and record moves to the synced vault's data key,
// whose keyring replaces this one; a browser without a vault takes that keyring as its own.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateDataKey } from '../../../lib/crypto/aes-gcm';
import { DecryptionError, KdfPolicyError, WrongPassphraseError } from '../../../lib/crypto/errors';
import { newKdfParams } from '../../../lib/crypto/kdf';
import { keepDeletedAccount, takeDeletedAccount } from '../../../lib/vault/deleted-accounts';
import { UndoExpiredError, VaultExistsError, VaultLockedError } from '../../../lib/vault/errors';
import { wrapDataKey } from '../../../lib/vault/keyring';
import { parseAccountRecord, type KeyringRecord } from '../../../lib/vault/schemas';
import { createVaultService } from '../../../lib/vault/vault-service';
import {
  createdVault,
  dumpAllStores,
  flipFirstByte,
  PASSPHRASE,
  readRaw,
  sampleCredentials,
  sampleInput,
  sampleTrustedDevice,
  uniqueDbName,
  writeRaw,
} from './helpers';

const SYNCED = 'the passphrase of the synced vault';
const NOW = 1_700_000_000_000;

beforeEach(() => {
  fakeBrowser.reset();
});

/** The keyring another browser published, and the data key it wraps (unwrapped there with SYNCED). */
async function syncedVault(): Promise<{ keyring: KeyringRecord; dataKey: Uint8Array }> {
  const dataKey = generateDataKey();
  return { keyring: await wrapDataKey(SYNCED, dataKey, newKdfParams(), 1_600_000_000_000), dataKey };
}

/** The same keyring asking for fewer iterations than the policy's floor. */
const weakened = (keyring: KeyringRecord): KeyringRecord => ({ ...keyring, kdf: { ...keyring.kdf, iterations: 1_000 } });

async function filledVault() {
  const { vault, dbName } = await createdVault();
  const accounts = [
    await vault.addAccount(sampleInput({ label: 'one', origins: ['https://one.example'] })),
    await vault.addAccount(sampleInput({ label: 'two', type: 'hotp', counter: 5 })),
  ];
  const records = [sampleTrustedDevice(), sampleCredentials()];
  for (const record of records) await vault.putRecord(record);
  return { vault, dbName, accounts, records };
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('rekeyVault', () => {
  it('seals accounts and records under the synced key: after a lock, the synced passphrase opens them and the old one does not', async () => {
    const { vault, dbName, accounts, records } = await filledVault();
    const before = await dumpAllStores(dbName);
    const synced = await syncedVault();

    await vault.rekeyVault(synced.keyring, synced.dataKey);
    // Still unlocked, now with the new key.
    expect(await vault.listAccounts()).toEqual(accounts);
    expect(byId(await vault.listRecords())).toEqual(byId(records));

    const after = await dumpAllStores(dbName);
    expect(after.meta).toEqual([{ key: 'keyring', value: synced.keyring }]);
    // Every ciphertext is new; ids and order stay.
    for (const [index, entry] of (after.accounts ?? []).entries()) {
      const was = parseAccountRecord((before.accounts?.[index] as { value: unknown }).value);
      const is = parseAccountRecord((entry as { value: unknown }).value);
      expect({ id: is.id, order: is.order }).toEqual({ id: was.id, order: was.order });
      expect(is.ciphertext).not.toEqual(was.ciphertext);
    }

    await vault.lockVault();
    const restarted = createVaultService({ dbName });
    await expect(restarted.unlockVault(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    await restarted.unlockVault(SYNCED);
    expect(await restarted.listAccounts()).toEqual(accounts);
    expect(byId(await restarted.listRecords())).toEqual(byId(records));
  });

  it('drops the deletions kept for an undo, sealed under the old key', async () => {
    const { vault, accounts } = await filledVault();
    const token = await keepDeletedAccount(await vault.deleteAccount(accounts[0]!.id), NOW);
    const synced = await syncedVault();
    await vault.rekeyVault(synced.keyring, synced.dataKey);
    await expect(takeDeletedAccount(token, NOW)).rejects.toThrow(UndoExpiredError);
  });

  it('refuses a weak KDF, a locked vault and a record it cannot open: nothing changed', async () => {
    const { vault, dbName, accounts } = await filledVault();
    const synced = await syncedVault();
    const before = await dumpAllStores(dbName);

    await expect(vault.rekeyVault(weakened(synced.keyring), synced.dataKey)).rejects.toThrow(KdfPolicyError);
    expect(await dumpAllStores(dbName)).toEqual(before);
    expect(await vault.listAccounts()).toEqual(accounts);

    const altered = parseAccountRecord(await readRaw(dbName, 'accounts', accounts[1]!.id));
    await writeRaw(dbName, 'accounts', { ...altered, ciphertext: flipFirstByte(altered.ciphertext) });
    const damaged = await dumpAllStores(dbName);
    await expect(vault.rekeyVault(synced.keyring, synced.dataKey)).rejects.toThrow(DecryptionError);
    expect(await dumpAllStores(dbName)).toEqual(damaged);
    expect(await vault.getAccount(accounts[0]!.id)).toEqual(accounts[0]);

    await vault.lockVault();
    await expect(vault.rekeyVault(synced.keyring, synced.dataKey)).rejects.toThrow(VaultLockedError);
    expect(await dumpAllStores(dbName)).toEqual(damaged);
  });
});

describe('adoptKeyringWhileUninitialised', () => {
  it('makes the synced keyring this browser’s vault, unlocked with its key', async () => {
    const dbName = uniqueDbName();
    const vault = createVaultService({ dbName });
    const synced = await syncedVault();
    await vault.adoptKeyringWhileUninitialised(synced.keyring, synced.dataKey);
    expect(await vault.getVaultState()).toBe('unlocked');
    expect(await vault.getKeyring()).toEqual(synced.keyring);
    const added = await vault.addAccount(sampleInput());

    await vault.lockVault();
    await expect(vault.unlockVault(PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    await createVaultService({ dbName }).unlockVault(SYNCED);
    expect(await vault.listAccounts()).toEqual([added]);
  });

  it('refuses a weak KDF (still no vault) and a browser that has a vault (nothing changed)', async () => {
    const synced = await syncedVault();
    const fresh = createVaultService({ dbName: uniqueDbName() });
    await expect(fresh.adoptKeyringWhileUninitialised(weakened(synced.keyring), synced.dataKey)).rejects.toThrow(KdfPolicyError);
    expect(await fresh.getVaultState()).toBe('uninitialised');

    const { vault, dbName } = await createdVault();
    const before = await dumpAllStores(dbName);
    await expect(vault.adoptKeyringWhileUninitialised(synced.keyring, synced.dataKey)).rejects.toThrow(VaultExistsError);
    expect(await dumpAllStores(dbName)).toEqual(before);
    await vault.lockVault();
    await vault.unlockVault(PASSPHRASE);
  });
});
