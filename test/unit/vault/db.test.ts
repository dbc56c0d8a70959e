import { describe, expect, it } from 'vitest';
import { openVaultDb, VAULT_DB_NAME, VAULT_DB_VERSION } from '../../../lib/vault/db';
import { uniqueDbName } from './helpers';

describe('vault database', () => {
  it('is named otp-vault at version 2 by default', () => {
    expect(VAULT_DB_NAME).toBe('otp-vault');
    expect(VAULT_DB_VERSION).toBe(2);
  });

  it('creates every store on a fresh profile: meta, accounts (v1) and records (v2)', async () => {
    const db = await openVaultDb(uniqueDbName());
    try {
      expect(db.version).toBe(2);
      expect([...db.objectStoreNames].sort()).toEqual(['accounts', 'meta', 'records']);
      const tx = db.transaction(['meta', 'accounts', 'records']);
      expect(tx.objectStore('meta').keyPath).toBeNull();
      const accounts = tx.objectStore('accounts');
      expect(accounts.keyPath).toBe('id');
      expect(accounts.index('by-order').keyPath).toBe('order');
      const records = tx.objectStore('records');
      expect(records.keyPath).toBe('id');
      expect([...records.indexNames]).toEqual([]);
      await tx.done;
    } finally {
      db.close();
    }
  });

  it('opens an existing database without running the upgrade again', async () => {
    const name = uniqueDbName();
    const first = await openVaultDb(name);
    await first.put('accounts', {
      id: 'a',
      order: 0,
      iv: new Uint8Array(12),
      ciphertext: new Uint8Array(17),
    });
    await first.put('records', { id: 'r', iv: new Uint8Array(12), ciphertext: new Uint8Array(17) });
    first.close();
    const second = await openVaultDb(name);
    expect(await second.count('accounts')).toBe(1);
    expect(await second.count('records')).toBe(1);
    second.close();
  });
});
