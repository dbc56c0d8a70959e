// A bucket's content: the entries of the accounts whose ids hash to it (item-layout.ts), written the
// same way by every browser so that equal entries give equal content, which is how the packer knows
// a bucket is unchanged without comparing ciphertexts (those differ at every seal).
//
// The JSON lists the entries by ascending id. The raw bytes hold, entry after entry, the id's 16
// bytes when the id is a UUID (then the entry has no `i`), then the seed's `s` bytes when it is live.
import { concatBytes } from '../crypto/bytes';
import type { ServerBinding } from '../vault/record-types';
import { UUID_BYTES, uuidBytes, uuidFromBytes } from './compact-id';
import { bucketOf, type UnitName } from './item-layout';
import { isTombstone, type AccountEntry, type SyncedFields } from './replica-state';
import type { SyncProblem } from './sync-problems';
import type { UnitContent } from './unit-content';
import { bucketSchema, liveEntrySchema, tombstoneEntrySchema, type LiveEntryJson } from './unit-schemas';

export function encodeBucket(entries: readonly AccountEntry[]): UnitContent {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const replicas = [...new Set(sorted.map((entry) => entry.rev.replica))].sort();
  const raw: Uint8Array[] = [];
  const bucket = {
    r: replicas,
    e: sorted.map((entry) => {
      const uuid = uuidBytes(entry.id);
      if (uuid) raw.push(uuid);
      const replica = replicas.indexOf(entry.rev.replica);
      // Left out when undefined: the id of a UUID (in the raw bytes), replica 0 and counter 0.
      const head = {
        i: uuid ? undefined : entry.id,
        c: entry.rev.clock,
        r: replica || undefined,
        h: entry.hotpCounter || undefined,
      };
      if (isTombstone(entry)) return { ...head, x: entry.deletedAt };
      raw.push(entry.fields.secret);
      return { ...head, ...syncedFieldsJson(entry.fields) };
    }),
  };
  return { json: JSON.stringify(bucket), bytes: concatBytes(...raw) };
}

export type DecodedBucket = { entries: AccountEntry[]; problems: SyncProblem[] };

/** The entries of a bucket, each checked on its own; undefined when the bucket as a whole is malformed. */
export function decodeBucket(unit: UnitName, content: { value: unknown; bytes: Uint8Array }): DecodedBucket | undefined {
  const bucket = bucketSchema.safeParse(content.value);
  if (!bucket.success) return undefined;
  // Where each entry's raw bytes are: unless all of them line up, none of them can be trusted.
  const layouts = bucket.data.e.map(rawLayout);
  if (layouts.some((layout) => layout === undefined)) return undefined;
  let offset = 0;
  const slices = layouts.map((layout) => {
    const id = content.bytes.subarray(offset, (offset += layout!.idBytes));
    const secret = content.bytes.subarray(offset, (offset += layout!.secretBytes));
    return { id, secret };
  });
  if (offset !== content.bytes.length) return undefined;

  const replicas = bucket.data.r;
  const entries = new Map<string, AccountEntry>();
  const problems: SyncProblem[] = [];
  bucket.data.e.forEach((raw, index) => {
    const entry = decodeEntry(raw, slices[index]!, replicas);
    if (!entry || entries.has(entry.id)) problems.push({ unit, reason: 'invalid-entry' });
    else if (bucketOf(entry.id) !== unit) problems.push({ unit, reason: 'misplaced-entry' });
    else entries.set(entry.id, entry);
  });
  return { entries: [...entries.values()], problems };
}

function rawLayout(raw: unknown): { idBytes: number; secretBytes: number } | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const idBytes = 'i' in raw ? 0 : UUID_BYTES;
  if ('x' in raw) return { idBytes, secretBytes: 0 };
  const length = (raw as { s?: unknown }).s;
  return typeof length === 'number' && Number.isSafeInteger(length) && length > 0 ? { idBytes, secretBytes: length } : undefined;
}

function decodeEntry(
  raw: unknown,
  slices: { id: Uint8Array; secret: Uint8Array },
  replicas: readonly string[],
): AccountEntry | undefined {
  const isDeletion = typeof raw === 'object' && raw !== null && 'x' in raw;
  const parsed = isDeletion ? tombstoneEntrySchema.safeParse(raw) : liveEntrySchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const json = parsed.data;
  const replica = replicas[json.r ?? 0];
  if (replica === undefined) return undefined;
  const id = json.i ?? uuidFromBytes(slices.id);
  const head = { id, rev: { clock: json.c, replica }, hotpCounter: json.h ?? 0 };
  if ('x' in json) return { ...head, deleted: true, deletedAt: json.x };
  return { ...head, fields: syncedFields(json, slices.secret.slice()) };
}

/**
 * The short key each synced field is written under (every byte counts against the quota), in the
 * order the JSON lists them. `s` holds the seed's length: its bytes are the unit's raw bytes.
 */
const FIELD_KEYS = {
  type: 't',
  issuer: 'n',
  label: 'l',
  secret: 's',
  algorithm: 'a',
  digits: 'd',
  period: 'p',
  createdAt: 'k',
  server: 'sv',
  origins: 'o',
  siteMatch: 'm',
  pinned: 'f',
} as const satisfies Record<Exclude<keyof SyncedFields, 'localOnly'>, string>;

/**
 * The fields as a bucket's JSON holds them, keys in one order; the seed by its length only. An
 * undefined field (or binding key) has no key in the text: JSON.stringify leaves it out.
 */
export function syncedFieldsJson(fields: SyncedFields): Record<string, unknown> {
  const json = Object.fromEntries(Object.entries(FIELD_KEYS).map(([field, key]) => [key, fields[field as keyof SyncedFields]]));
  return { ...json, s: fields.secret.length, sv: fields.server && serverJson(fields.server) };
}

/** The binding's keys in one order, whichever order the object was built in. */
function serverJson({ profileId, username, mfaKeyId, enrolment, tiedAt }: ServerBinding): ServerBinding {
  return { profileId, username, mfaKeyId, enrolment, tiedAt };
}

function syncedFields(json: LiveEntryJson, secret: Uint8Array): SyncedFields {
  const present = Object.entries(FIELD_KEYS).filter(([, key]) => json[key as keyof LiveEntryJson] !== undefined);
  const fields = Object.fromEntries(present.map(([field, key]) => [field, json[key as keyof LiveEntryJson]]));
  return { ...fields, secret } as SyncedFields;
}
