// Shapes of the vault's secret records and of an account's server binding. Callers' values are
// checked before sealing (InvalidRecordError / InvalidAccountError: nothing is written); what
// comes back from disk is checked again after decryption (VaultCorruptError).
import * as z from '../zod';
import { InvalidRecordError, VaultCorruptError } from './errors';
import type { VaultRecord } from './record-types';

/** Record ids are chosen by the caller (e.g. crypto.randomUUID()) and are plaintext keys. */
export const RECORD_ID_MAX_LENGTH = 64;

const recordId = z.string().check(z.minLength(1), z.maxLength(RECORD_ID_MAX_LENGTH));
const profileId = z.string().check(z.minLength(1), z.maxLength(64));
/** @see RFC 5321 §4.5.3.1.3: a path, hence an e-mail address, is at most 254 usable characters. */
const username = z.string().check(z.minLength(1), z.maxLength(254));
/** Server-issued ids: z.int() also refuses values past Number.MAX_SAFE_INTEGER. */
const serverId = z.int().check(z.gte(0));
/** Free text shown in device lists; bounded so a record stays small. */
const label = z.string().check(z.maxLength(256));

export const serverBindingSchema = z.object({
  profileId,
  username,
  mfaKeyId: z.optional(serverId),
  enrolment: z.optional(z.enum(['pending', 'active'])),
  tiedAt: z.optional(z.int().check(z.gte(0))),
});

export const trustedDeviceRecordSchema = z.object({
  id: recordId,
  kind: z.literal('trusted-device'),
  profileId,
  username,
  fingerprint: z.string().check(z.minLength(1), z.maxLength(256)),
  registeredAt: z.int().check(z.gte(0)),
  trust: z.optional(z.enum(['unconfirmed', 'lapsed'])),
  deviceId: z.optional(serverId),
  operatingSystem: z.optional(label),
  browser: z.optional(label),
  name: z.optional(label),
});

export const profileCredentialsRecordSchema = z.object({
  id: recordId,
  kind: z.literal('profile-credentials'),
  profileId,
  clientId: z.string().check(z.minLength(1), z.maxLength(256)),
  clientSecret: z.string().check(z.minLength(1), z.maxLength(1024)),
});

// Each option's literal kind admits only its own records, so a plain union tells them apart as
// well as z.discriminatedUnion would, without its 1.2 KB of zod in the worker.
const vaultRecordSchema = z.union([
  trustedDeviceRecordSchema,
  profileCredentialsRecordSchema,
]);

// z.custom rather than z.instanceof, as for accounts: WebCrypto's Uint8Array<ArrayBuffer> and
// callers' Uint8Array<ArrayBufferLike> must both pass.
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array);

/** On disk only the id is plaintext; kind and every other field are inside the ciphertext. */
export const sealedRecordSchema = z.object({ id: recordId, iv: bytes, ciphertext: bytes });
export type SealedRecord = z.infer<typeof sealedRecordSchema>;

export function parseSealedRecord(value: unknown): SealedRecord {
  const result = sealedRecordSchema.safeParse(value);
  if (!result.success) throw new VaultCorruptError('record', { cause: result.error });
  return result.data;
}

/** Refuses an id the records store would not accept, before anything is read or written. */
export function validateRecordId(id: unknown): string {
  const result = recordId.safeParse(id);
  if (!result.success) throw new InvalidRecordError({ cause: result.error });
  return result.data;
}

/**
 * Checks a record before it is sealed, so the vault never writes what it cannot read back.
 * Unknown properties are dropped: only the fields of the record's kind are stored.
 */
export function validateRecord(value: unknown): VaultRecord {
  const result = vaultRecordSchema.safeParse(value);
  if (!result.success) throw new InvalidRecordError({ cause: result.error });
  return result.data;
}

export function serialiseRecordPayload(record: VaultRecord): string {
  return JSON.stringify(record);
}

export function parseRecordPayload(json: string): VaultRecord {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // No `cause`: V8's SyntaxError quotes the decrypted text, which holds fingerprints or
    // client secrets.
    throw new VaultCorruptError('record');
  }
  const result = vaultRecordSchema.safeParse(value);
  if (!result.success) throw new VaultCorruptError('record', { cause: result.error });
  return result.data;
}
