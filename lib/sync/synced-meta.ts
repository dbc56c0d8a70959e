// The synced vault's meta item: which vault it is, the format it is written in, and its keyring:
// the data key wrapped by the passphrase, with the KDF's parameters, exactly as the vault keeps it
// (lib/vault/keyring.ts). Not secret in itself: the wrapped key is ciphertext. What arrives is input:
// parsed, and refused when damaged, written in a newer format, or wrapped with a KDF below the floor
// (a downgraded key would make a brute force cheap, as it would locally).
//
// The keyring comes with a check sealed under the data key over the keyring's bytes: a browser that
// holds the data key adopts a keyring only if the check opens, so nobody without the key (the sync
// service included) can hand a browser a keyring for another key.
import { bytesEqual, fromBase64, toBase64, utf8Encode } from '../crypto/bytes';
import type { Sealed } from '../crypto/aes-gcm';
import { assertKdfPolicy } from '../crypto/kdf';
import { DecryptionError } from '../crypto/errors';
import type { KeyringRecord } from '../vault/schemas';
import type { SyncCipher } from '../vault/vault-port';
import * as z from '../zod';
import { SYNC_FORMAT_VERSION } from './item-layout';

export const META_KEY = 'm';

export interface SyncedMeta {
  vaultId: string;
  keyring: KeyringRecord;
  /**
   * Counts the keyrings the synced vault has had (each passphrase change publishes the next), and is
   * sealed with the check: an older keyring put back (an old passphrase that leaked) is refused.
   */
  generation: number;
  /** Sealed under the data key: the SHA-256 of the keyring's bytes (see keyringDigest). */
  check: Sealed;
}

export type MetaReading =
  | { kind: 'absent' }
  | { kind: 'read'; meta: SyncedMeta }
  | { kind: 'refused'; reason: 'damaged' | 'newer-format' | 'weak-key' };

const base64 = z.base64().check(z.minLength(1));
const wireSchema = z.object({
  f: z.int().check(z.gte(1)),
  vault: z.string().check(z.minLength(8), z.maxLength(64)),
  kdf: z.object({ name: z.string(), hash: z.string(), iterations: z.number(), salt: base64 }),
  key: z.object({ iv: base64, ct: base64 }),
  at: z.number(),
  g: z.int().check(z.gte(1)),
  check: z.object({ iv: base64, ct: base64 }),
});

export function readMeta(value: unknown): MetaReading {
  if (value === undefined) return { kind: 'absent' };
  // The format first, from whatever shape: a newer writer may have changed everything else.
  const format = (value as { f?: unknown } | null)?.f;
  if (typeof format === 'number' && format > SYNC_FORMAT_VERSION) return { kind: 'refused', reason: 'newer-format' };
  const parsed = wireSchema.safeParse(value);
  if (!parsed.success || parsed.data.f !== SYNC_FORMAT_VERSION) return { kind: 'refused', reason: 'damaged' };
  const wire = parsed.data;
  const keyring: KeyringRecord = {
    version: 1,
    kdf: { name: wire.kdf.name, hash: wire.kdf.hash, iterations: wire.kdf.iterations, salt: fromBase64(wire.kdf.salt) },
    wrappedKey: { iv: fromBase64(wire.key.iv), ciphertext: fromBase64(wire.key.ct) },
    createdAt: wire.at,
  };
  try {
    assertKdfPolicy(keyring.kdf);
  } catch {
    return { kind: 'refused', reason: 'weak-key' };
  }
  const check = { iv: fromBase64(wire.check.iv), ciphertext: fromBase64(wire.check.ct) };
  return { kind: 'read', meta: { vaultId: wire.vault, keyring, generation: wire.g, check } };
}

export async function writeMeta(vaultId: string, keyring: KeyringRecord, generation: number, cipher: SyncCipher): Promise<Record<string, unknown>> {
  const check = await cipher.seal(await keyringDigest(keyring, generation), checkAad(vaultId));
  return {
    f: SYNC_FORMAT_VERSION,
    vault: vaultId,
    kdf: { name: keyring.kdf.name, hash: keyring.kdf.hash, iterations: keyring.kdf.iterations, salt: toBase64(keyring.kdf.salt) },
    key: { iv: toBase64(keyring.wrappedKey.iv), ct: toBase64(keyring.wrappedKey.ciphertext) },
    at: keyring.createdAt,
    g: generation,
    check: { iv: toBase64(check.iv), ct: toBase64(check.ciphertext) },
  };
}

/** Whether the meta's keyring was written by a holder of the data key `cipher` stands for. */
export async function keyringVouchedFor(meta: SyncedMeta, cipher: SyncCipher): Promise<boolean> {
  try {
    return bytesEqual(await cipher.open(meta.check, checkAad(meta.vaultId)), await keyringDigest(meta.keyring, meta.generation));
  } catch (error) {
    if (error instanceof DecryptionError) return false;
    throw error;
  }
}

/** Whether two keyrings are the same wrapping (a passphrase change always draws a new salt). */
export function sameKeyring(a: KeyringRecord, b: KeyringRecord): boolean {
  return bytesEqual(a.kdf.salt, b.kdf.salt) && bytesEqual(a.wrappedKey.ciphertext, b.wrappedKey.ciphertext);
}

function checkAad(vaultId: string): Uint8Array {
  return utf8Encode(`otp-sync/${SYNC_FORMAT_VERSION}/${vaultId}/keyring-check`);
}

async function keyringDigest(keyring: KeyringRecord, generation: number): Promise<Uint8Array> {
  const { kdf, wrappedKey, createdAt } = keyring;
  const bytes = utf8Encode(
    JSON.stringify([kdf.name, kdf.hash, kdf.iterations, toBase64(kdf.salt), toBase64(wrappedKey.iv), toBase64(wrappedKey.ciphertext), createdAt, generation]),
  );
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}
