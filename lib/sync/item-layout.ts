// Where the synced vault lies in storage.sync: which item keys the format owns and what each
// holds. Keys are short because every item's key counts against the quota. See docs/sync-format.md.
import { utf8Encode } from '../crypto/bytes';
import { SYNC_AREA_LIMITS } from '../storage/sync-area';

/** The version of the format; named in every unit's first part and in its associated data. */
export const SYNC_FORMAT_VERSION = 1;

/** Items the format may use: one is kept for the plain meta item (`m`), which the sync cycle owns. */
export const SYNC_FORMAT_MAX_ITEMS = SYNC_AREA_LIMITS.maxItems - 1;

/**
 * Accounts are spread over this many buckets so that an edit rewrites one bucket rather than the
 * whole vault. Fewer, larger buckets compress better (deflate learns issuers and e-mail addresses
 * once per bucket): at 1,000 typical accounts 32 buckets take 92 KB of the quota, 16 take 85 KB,
 * while an edit still rewrites a single item of about 5 KB. Changing it is a new format.
 */
export const BUCKET_COUNT = 16;

/** The unit holding the order of the list and the part of the clock the entries do not show. */
export const ORDER_UNIT = 'o';

/** A unit is one sealed document: the order unit or a bucket (`b00` … `b15`). */
export type UnitName = string;

export const BUCKET_UNITS: readonly UnitName[] = Array.from({ length: BUCKET_COUNT }, (_, index) => bucketUnit(index));
/** Every unit of the format, the order unit first. */
export const SYNC_UNITS: readonly UnitName[] = [ORDER_UNIT, ...BUCKET_UNITS];

function bucketUnit(index: number): UnitName {
  return `b${String(index).padStart(2, '0')}`;
}

/**
 * The bucket an account lives in: FNV-1a (32-bit) of the id's UTF-8 bytes, modulo BUCKET_COUNT.
 * Not a security measure, only a spread that every browser computes alike.
 * @see http://www.isthe.com/chongo/tech/comp/fnv/ (FNV-1a, offset basis and prime)
 */
export function bucketOf(id: string): UnitName {
  let hash = 0x811c9dc5;
  for (const byte of utf8Encode(id)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return bucketUnit(hash % BUCKET_COUNT);
}

/** A unit too large for one item goes on in `b07.1`, `b07.2` …: the first part is the unit's own key. */
export function partKey(unit: UnitName, index: number): string {
  return index === 0 ? unit : `${unit}.${index}`;
}

const UNIT_NAMES = new Set(SYNC_UNITS);
const PART_KEY = /^([a-z]\d*)(?:\.([1-9]\d{0,2}))?$/;

/** The unit and part index a key stands for, or undefined when the format does not own the key. */
export function parsePartKey(key: string): { unit: UnitName; index: number } | undefined {
  const match = PART_KEY.exec(key);
  if (!match || !UNIT_NAMES.has(match[1]!)) return undefined;
  return { unit: match[1]!, index: match[2] === undefined ? 0 : Number(match[2]) };
}

/** Whether storage.sync's `key` is one of the format's items; anything else (the meta item too) is not. */
export function isSyncFormatKey(key: string): boolean {
  return parsePartKey(key) !== undefined;
}

