// Shapes of everything the vault writes to or reads from disk. Every read goes through one of
// the parse functions below: a record that does not match is VaultCorruptError, never a crash
// somewhere later. zod/mini keeps the background bundle small.
import { fromBase64, toBase64 } from '../crypto/bytes';
import { OTP_ALGORITHMS, OTP_TYPES } from '../otp/types';
import * as z from '../zod';
import { InvalidAccountError, VaultCorruptError } from './errors';
import { isNormalisedOrigin, MAX_ORIGINS, SITE_MATCHES } from './origins';
import { serverBindingSchema } from './record-schemas';
import type { StoredAccount } from './vault-port';

// z.custom rather than z.instanceof: WebCrypto hands back Uint8Array<ArrayBuffer> while callers
// pass Uint8Array<ArrayBufferLike>; the stored type is the wider one.
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array);

/**
 * KDF name/hash/iterations are kept loose here on purpose: an unknown or weak value is a
 * policy decision (KdfPolicyError from assertKdfPolicy), not a corrupt record.
 */
export const keyringRecordSchema = z.object({
  version: z.literal(1),
  kdf: z.object({ name: z.string(), hash: z.string(), iterations: z.number(), salt: bytes }),
  wrappedKey: z.object({ iv: bytes, ciphertext: bytes }),
  createdAt: z.number(),
});
export type KeyringRecord = z.infer<typeof keyringRecordSchema>;

/** Only id and order are plaintext: everything else about an account is in the ciphertext. */
export const accountRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  order: z.number(),
  iv: bytes,
  ciphertext: bytes,
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;

/**
 * An account's sites: normalised origins, each once, at most MAX_ORIGINS. Exported so that a
 * backup entry is judged by the same rule: what the vault would refuse is listed as invalid.
 */
export const originListSchema = z
  .array(z.string().check(z.refine(isNormalisedOrigin)))
  .check(
    z.maxLength(MAX_ORIGINS),
    z.refine((origins) => new Set(origins).size === origins.length),
  );

/** How far an account's sites reach; exported for backups, which carry it too. */
export const siteMatchSchema = z.enum(SITE_MATCHES);

// Structural sanity only; lib/otp decides which parameters it supports. Exported so that an
// account synced from another browser is judged by the vault's own rules, field by field.
export const accountFieldSchemas = {
  id: z.string().check(z.minLength(1)),
  type: z.enum(OTP_TYPES),
  issuer: z.string(),
  label: z.string(),
  algorithm: z.enum(OTP_ALGORITHMS),
  digits: z.int().check(z.gte(1), z.lte(10)),
  period: z.int().check(z.gte(1)),
  counter: z.int().check(z.gte(0)),
  createdAt: z.number(),
  // Optional inside the ciphertext, so older payloads parse as they are: no migration needed.
  server: z.optional(serverBindingSchema),
  origins: z.optional(originListSchema),
  siteMatch: z.optional(siteMatchSchema),
  // The popup's ordering facts. Not secret, but kept in the ciphertext with the rest of the account
  // rather than beside the plaintext order: which account was used when says too much.
  pinned: z.optional(z.boolean()),
  lastUsedAt: z.optional(z.number()),
  // The user's choice to keep the account out of sync. In the ciphertext like `pinned`: nothing
  // about an account but its id and order is plaintext.
  localOnly: z.optional(z.boolean()),
};

const vaultAccountSchema = z.object({
  ...accountFieldSchemas,
  secret: bytes.check(z.refine((value) => value.length > 0)),
});

/** The decrypted JSON: the secret travels as base64 because JSON has no bytes. */
const accountPayloadSchema = z.object({
  ...accountFieldSchemas,
  secret: z.base64().check(z.minLength(1)),
});

export function parseKeyringRecord(value: unknown): KeyringRecord {
  const result = keyringRecordSchema.safeParse(value);
  if (!result.success) throw new VaultCorruptError('keyring', { cause: result.error });
  return result.data;
}

export function parseAccountRecord(value: unknown): AccountRecord {
  const result = accountRecordSchema.safeParse(value);
  if (!result.success) throw new VaultCorruptError('account record', { cause: result.error });
  return result.data;
}

/** Checks an account before it is sealed, so the vault never writes what it cannot read back. */
export function validateAccount(value: unknown): StoredAccount {
  const result = vaultAccountSchema.safeParse(value);
  if (!result.success) throw new InvalidAccountError({ cause: result.error });
  return result.data;
}

export function serialiseAccountPayload(account: StoredAccount): string {
  return JSON.stringify({ ...account, secret: toBase64(account.secret) });
}

export function parseAccountPayload(json: string): StoredAccount {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // No `cause`: V8's SyntaxError message quotes a slice of the text it choked on, and this
    // text is the decrypted account, seed included. Errors get logged; seeds must not.
    throw new VaultCorruptError('account');
  }
  const result = accountPayloadSchema.safeParse(value);
  if (!result.success) throw new VaultCorruptError('account', { cause: result.error });
  return { ...result.data, secret: fromBase64(result.data.secret) };
}
