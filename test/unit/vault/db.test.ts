import { describe, expect, it } from 'vitest';
import { openVaultDb, VAULT_DB_NAME, VAULT_DB_VERSION } from '../../../lib/vault/db';
import { uniqueDbName } from './helpers';

describe('vault database', () => {
  it('is named otp-vault at version 1 by default', () => {
    expect(VAULT_DB_NAME).toBe('otp-vault');
    expect(VAULT_DB_VERSION).toBe(1);
  });

  it('creates v1: meta (out-of-line keys), accounts (keyPath id, index by-order)', async () => {
    const db = await openVaultDb(uniqueDbName());
    try {
      expect([...db.objectStoreNames].sort()).toEqual(['accounts', 'meta']);
      const tx = db.transaction(['meta', 'accounts']);
      expect(tx.objectStore('meta').keyPath).toBeNull();
      const accounts = tx.objectStore('accounts');
      expect(accounts.keyPath).toBe('id');
      expect(accounts.index('by-order').keyPath).toBe('order');
      await tx.done;
    } finally {
      db.close();
    }
  });

  it('opens an existing v1 database without running the upgrade again', async () => {
    const name = uniqueDbName();
    const first = await openVaultDb(name);
    await first.put('accounts', {
      id: 'a',
      order: 0,
      iv: new Uint8Array(12),
      ciphertext: new Uint8Array(17),
    });
    first.close();
    const second = await openVaultDb(name);
    expect(await second.count('accounts')).toBe(1);
    second.close();
  });
});
