// Test helpers for the vault: unique databases, raw access to what is on disk, sample data.
import { openDB, type IDBPDatabase } from 'idb';
import type { AccountInput } from '../../../lib/vault/accounts-store';
import { createVaultService, type VaultService } from '../../../lib/vault/vault-service';

export const PASSPHRASE = 'correct horse battery staple';

let counter = 0;

/** A fresh database per test keeps tests independent without deleting anything. */
export function uniqueDbName(): string {
  counter += 1;
  return `otp-vault-test-${counter}-${crypto.randomUUID()}`;
}

/** A vault over a fresh database, created and unlocked (one PBKDF2 derivation). */
export async function createdVault(): Promise<{ vault: VaultService; dbName: string }> {
  const dbName = uniqueDbName();
  const vault = createVaultService({ dbName });
  await vault.createVault(PASSPHRASE);
  return { vault, dbName };
}

/** A second connection that bypasses the vault: the way an attacker or a bug sees the disk. */
export async function openRaw(dbName: string): Promise<IDBPDatabase> {
  return openDB(dbName);
}

export async function readRaw(dbName: string, store: string, key: string): Promise<unknown> {
  const db = await openRaw(dbName);
  try {
    return await db.get(store, key);
  } finally {
    db.close();
  }
}

export async function writeRaw(
  dbName: string,
  store: string,
  value: unknown,
  key?: string,
): Promise<void> {
  const db = await openRaw(dbName);
  try {
    await db.put(store, value, key);
  } finally {
    db.close();
  }
}

/** Every record of every store, keyed by store name. */
export async function dumpAllStores(dbName: string): Promise<Record<string, unknown[]>> {
  const db = await openRaw(dbName);
  try {
    const dump: Record<string, unknown[]> = {};
    for (const store of db.objectStoreNames) {
      const keys = await db.getAllKeys(store);
      const values = await db.getAll(store);
      dump[store] = keys.map((key, index) => ({ key, value: values[index] }));
    }
    return dump;
  } finally {
    db.close();
  }
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Flattens any structured-clone value to text: bytes as hex, strings as they are. */
export function flattenToText(value: unknown): string {
  if (value instanceof Uint8Array) return toHex(value);
  if (value instanceof ArrayBuffer) return toHex(new Uint8Array(value));
  if (ArrayBuffer.isView(value)) {
    return toHex(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  }
  if (Array.isArray(value)) return value.map(flattenToText).join('\n');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, entry]) => `${key}:${flattenToText(entry)}`)
      .join('\n');
  }
  return String(value);
}

export function flipFirstByte(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  copy[0] = (copy[0] ?? 0) ^ 0x01;
  return copy;
}

export function sampleInput(overrides: Partial<AccountInput> = {}): AccountInput {
  return {
    type: 'totp',
    issuer: 'Example',
    label: 'alice@example.com',
    secret: new Uint8Array([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x21, 0xde, 0xad, 0xbe, 0xef]),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    ...overrides,
  };
}
