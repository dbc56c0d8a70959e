// Test helpers for the vault: unique databases, raw access to what is on disk, sample data.
import { openDB, type IDBPDatabase } from 'idb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importDataKey } from '../../../lib/crypto/aes-gcm';
import { fromBase64 } from '../../../lib/crypto/bytes';
import type { AccountFields } from '../../../lib/vault/vault-port';
import type {
  ProfileCredentialsRecord,
  TrustedDeviceRecord,
} from '../../../lib/vault/record-types';
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

export function sampleInput(overrides: Partial<AccountFields> = {}): AccountFields {
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

export function sampleTrustedDevice(
  overrides: Partial<TrustedDeviceRecord> = {},
): TrustedDeviceRecord {
  return {
    id: crypto.randomUUID(),
    kind: 'trusted-device',
    profileId: 'emnify-default',
    username: 'alice@example.com',
    fingerprint: 'q3Xb0m9Zt1c4VvJr8kHs2YwLp6NaE5uRfGd7TiCoKxM',
    registeredAt: 1_700_000_000_000,
    deviceId: 16,
    operatingSystem: 'Linux',
    browser: 'Chromium',
    name: 'OTP Companion',
    ...overrides,
  };
}

export function sampleCredentials(
  overrides: Partial<ProfileCredentialsRecord> = {},
): ProfileCredentialsRecord {
  return {
    id: crypto.randomUUID(),
    kind: 'profile-credentials',
    profileId: 'amadis-staging',
    clientId: 'otp-companion',
    clientSecret: 'client-secret-value-0123456789',
    ...overrides,
  };
}

/** The unlocked data key as the vault parked it in (fake) storage.session. */
export async function sessionDataKey(): Promise<CryptoKey> {
  const session = await fakeBrowser.storage.session.get('vaultKey');
  return importDataKey(fromBase64(String(session.vaultKey)));
}

const latin1 = new TextDecoder('latin1');
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Every piece of text a structured-clone value holds: strings and keys as they are, byte arrays
 * decoded as UTF-8 and as latin1 (so text stored as bytes is found either way) and as hex.
 */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof ArrayBuffer) return textsOf(new Uint8Array(value));
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return [lenientUtf8.decode(bytes), latin1.decode(bytes), toHex(bytes)];
  }
  if (value instanceof Map) return [...value.entries()].flatMap(textsOf);
  if (value instanceof Set || Array.isArray(value)) return [...value].flatMap(textsOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => [key, ...textsOf(entry)]);
  }
  return [String(value)];
}
