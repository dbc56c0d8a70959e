// test/fixtures/vault-v1.json: a vault database at schema version 1, as the vault wrote it at
// that version (keyring + two sealed accounts), and the accounts it decrypts to. Byte arrays
// are stored as {"$base64": "..."}; the passphrase is PASSPHRASE from ./helpers.
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { fromBase64 } from '../../../lib/crypto/bytes';
import type { StoredAccount } from '../../../lib/vault/vault-port';

type Row = { key?: string; value: unknown };

export type V1Fixture = {
  version: 1;
  stores: { meta: Row[]; accounts: Row[] };
  accounts: StoredAccount[];
};

function reviveBytes(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && '$base64' in value) {
    return fromBase64(String(value.$base64));
  }
  return value;
}

export function loadV1Fixture(): V1Fixture {
  const url = new URL('../../fixtures/vault-v1.json', import.meta.url);
  const fixture = JSON.parse(readFileSync(url, 'utf8'), reviveBytes) as V1Fixture;
  if (fixture.version !== 1) throw new Error('vault-v1.json is not a version 1 database');
  return fixture;
}

/**
 * Writes the fixture into a new database at version 1, with version 1's schema spelled out
 * here rather than taken from lib/vault/db.ts: that file only knows the current version.
 */
export async function writeV1Database(dbName: string, fixture: V1Fixture): Promise<void> {
  const db = await openDB(dbName, 1, {
    upgrade(database) {
      database.createObjectStore('meta');
      database.createObjectStore('accounts', { keyPath: 'id' }).createIndex('by-order', 'order');
    },
  });
  try {
    const tx = db.transaction(['meta', 'accounts'], 'readwrite');
    for (const row of fixture.stores.meta) await tx.objectStore('meta').put(row.value, row.key);
    for (const row of fixture.stores.accounts) await tx.objectStore('accounts').put(row.value);
    await tx.done;
  } finally {
    db.close();
  }
}
