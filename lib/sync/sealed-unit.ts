// One unit as items of storage.sync: its JSON, deflated when that is shorter, and its raw bytes
// (unit-content.ts), sealed under the vault's data key with associated data naming the format, the vault and the unit (so it cannot be
// replayed under another key or in another vault), then base64, split over as many items as the
// per-item quota needs. See docs/sync-format.md for the exact text.
import { concatBytes, fromBase64, toBase64, utf8Decode, utf8Encode } from '../crypto/bytes';
import { DecryptionError } from '../crypto/errors';
import { deflateRaw, inflateRaw } from './deflate-raw';
import { SYNC_AREA_LIMITS, syncItemBytes } from '../storage/sync-area';
import type { SyncCipher } from '../vault/vault-port';
import { partKey, SYNC_FORMAT_VERSION, type UnitName } from './item-layout';
import type { SyncProblemReason } from './sync-problems';
import type { UnitContent } from './unit-content';


/** AES-GCM's 96-bit IV, written before the ciphertext. @see NIST SP 800-38D §8.2 */
const IV_BYTES = 12;
/** The smallest sealed text: an IV and a 128-bit tag around the plaintext's header. */
const MIN_SEALED_BYTES = IV_BYTES + 5 + 16;
/** Each part after the first starts with this many characters of the sealed text's start (its IV): a part of another write shows. */
const MARK_LENGTH = 8;

/**
 * The plaintext: one byte saying how the JSON is stored, its length in bytes as stored (32 bits,
 * big-endian), the JSON (UTF-8, deflated when that is shorter), then the raw bytes to the end.
 */
const PLAIN = 0;
const DEFLATED = 1;
const HEADER_BYTES = 5;

const FIRST_PART = /^(\d{1,9}):/;
const FIRST_PART_OF_THIS_VERSION = new RegExp(`^${SYNC_FORMAT_VERSION}:([1-9]\\d{0,2}):([A-Za-z0-9+/=]*)$`);

export type SealedUnit = {
  unit: UnitName;
  /** The items to write, first part first. */
  items: [key: string, value: string][];
  bytes: number;
};

export function unitAad(vaultId: string, unit: UnitName): Uint8Array {
  return utf8Encode(`otp-sync/${SYNC_FORMAT_VERSION}/${vaultId}/${unit}`);
}

export async function sealUnit(unit: UnitName, content: UnitContent, cipher: SyncCipher, vaultId: string): Promise<SealedUnit> {
  const text = utf8Encode(content.json);
  const deflated = await deflateRaw(text);
  const payload = deflated.length < text.length ? framed(DEFLATED, deflated, content.bytes) : framed(PLAIN, text, content.bytes);
  const { iv, ciphertext } = await cipher.seal(payload, unitAad(vaultId, unit));
  if (iv.length !== IV_BYTES) throw new RangeError(`The sync format needs a ${IV_BYTES}-byte IV.`);
  const items = splitIntoParts(unit, toBase64(concatBytes(iv, ciphertext)));
  return { unit, items, bytes: items.reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0) };
}

/** What the items of one unit hold: its JSON value and raw bytes, or why it cannot be read. */
export type OpenedUnit =
  | { ok: true; value: unknown; bytes: Uint8Array; keys: string[]; leftovers: string[] }
  | { ok: false; reason: SyncProblemReason };

/** `parts` maps a part index to the item found there. Never throws for bad items. */
export async function openUnit(
  unit: UnitName,
  parts: ReadonlyMap<number, unknown>,
  cipher: SyncCipher,
  vaultId: string,
): Promise<OpenedUnit> {
  const joinedText = joinParts(parts);
  if (!joinedText.ok) return joinedText;
  let sealed: Uint8Array;
  try {
    sealed = fromBase64(joinedText.text);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (sealed.length < MIN_SEALED_BYTES) return { ok: false, reason: 'damaged' };
  let payload: Uint8Array;
  try {
    payload = await cipher.open(
      { iv: sealed.slice(0, IV_BYTES), ciphertext: sealed.slice(IV_BYTES) },
      unitAad(vaultId, unit),
    );
  } catch (error) {
    if (error instanceof DecryptionError) return { ok: false, reason: 'tampered' };
    throw error;
  }
  const value = await parsePayload(payload);
  if (value === undefined) return { ok: false, reason: 'damaged' };
  const keys = Array.from({ length: joinedText.count }, (_, index) => partKey(unit, index));
  const leftovers = [...parts.keys()].filter((index) => index >= joinedText.count).map((index) => partKey(unit, index));
  return { ok: true, value: value.json, bytes: value.bytes, keys, leftovers };
}

function joinParts(
  parts: ReadonlyMap<number, unknown>,
): { ok: true; text: string; count: number } | { ok: false; reason: SyncProblemReason } {
  const first = parts.get(0);
  if (first === undefined) return { ok: false, reason: 'incomplete' };
  if (typeof first !== 'string') return { ok: false, reason: 'damaged' };
  const version = FIRST_PART.exec(first);
  if (version && Number(version[1]) > SYNC_FORMAT_VERSION) return { ok: false, reason: 'newer-format' };
  const header = FIRST_PART_OF_THIS_VERSION.exec(first);
  if (!header) return { ok: false, reason: 'damaged' };
  const count = Number(header[1]);
  const chunks = [header[2]!];
  const mark = header[2]!.slice(0, MARK_LENGTH);
  for (let index = 1; index < count; index += 1) {
    const part = parts.get(index);
    if (typeof part !== 'string' || part.length <= MARK_LENGTH || part.slice(0, MARK_LENGTH) !== mark) {
      return { ok: false, reason: 'incomplete' };
    }
    chunks.push(part.slice(MARK_LENGTH));
  }
  return { ok: true, text: chunks.join(''), count };
}

async function parsePayload(payload: Uint8Array): Promise<{ json: unknown; bytes: Uint8Array } | undefined> {
  try {
    const flag = payload[0];
    const length = new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(1);
    if ((flag !== PLAIN && flag !== DEFLATED) || HEADER_BYTES + length > payload.length) return undefined;
    const stored = payload.subarray(HEADER_BYTES, HEADER_BYTES + length);
    const text = utf8Decode(flag === DEFLATED ? await inflateRaw(stored) : stored);
    return { json: JSON.parse(text) as unknown, bytes: payload.slice(HEADER_BYTES + length) };
  } catch {
    // No `cause` kept or passed on: a SyntaxError quotes the text, which holds seeds.
    return undefined;
  }
}

/** The base64 text over items: `<version>:<parts>:<text…>`, then `<mark><text…>` in `unit.1`, `unit.2` … */
function splitIntoParts(unit: UnitName, text: string): [string, string][] {
  // Each item holds its key plus its value in quotes; the first also its header, the others a mark.
  const room = (index: number, count: number) =>
    SYNC_AREA_LIMITS.quotaBytesPerItem - syncItemBytes(partKey(unit, index), '') - (index === 0 ? header(count).length : MARK_LENGTH);
  let count = 1;
  const capacity = (parts: number) => Array.from({ length: parts }, (_, index) => room(index, parts)).reduce((a, b) => a + b, 0);
  while (capacity(count) < text.length) count += 1;
  const items: [string, string][] = [];
  let offset = 0;
  const mark = text.slice(0, MARK_LENGTH);
  for (let index = 0; index < count; index += 1) {
    const chunk = text.slice(offset, offset + room(index, count));
    offset += chunk.length;
    items.push([partKey(unit, index), index === 0 ? header(count) + chunk : mark + chunk]);
  }
  return items;
}

function header(count: number): string {
  return `${SYNC_FORMAT_VERSION}:${count}:`;
}

function framed(flag: number, json: Uint8Array, bytes: Uint8Array): Uint8Array {
  const length = json.length;
  return concatBytes(Uint8Array.of(flag, length >>> 24, length >>> 16, length >>> 8, length), json, bytes);
}
