/**
 * The protobuf messages inside a Google Authenticator export, read field by field with the wire
 * reader alone: two small messages do not need generated code or a schema runtime. Written by
 * ./migration-wire-writer.ts.
 * @see docs/api-contract.md §3 (MigrationPayload, OtpParameters)
 * @see https://protobuf.dev/programming-guides/encoding/
 */
import { t } from '../i18n/t';
import { BinaryReader, WireType } from '@bufbuild/protobuf/wire';
import { OtpUriError } from './errors';

/** OtpParameters as stored: enums stay numbers, so the caller decides what an unknown value means. */
export interface RawOtpParameters {
  secret: Uint8Array;
  name: string;
  issuer: string;
  /** 0 unspecified, 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5 */
  algorithm: number;
  /** 0 unspecified, 1 SIX, 2 EIGHT */
  digits: number;
  /** 0 unspecified, 1 HOTP, 2 TOTP */
  type: number;
  /** int64 on the wire: may exceed what a JS number holds exactly. */
  counter: bigint;
}

export interface RawMigrationPayload {
  parameters: RawOtpParameters[];
  version: number;
  batchSize: number;
  batchIndex: number;
  batchId: number;
}

type FieldReader = readonly [WireType, (reader: BinaryReader) => void];

/**
 * The most accounts one export link may hold. Google Authenticator writes 10 per QR code, and one
 * QR code cannot carry even 200 (at most 2,953 bytes, a minimal account takes 14); a link with more
 * was made to be heavy. Counted before any account is decoded, so such a link costs a scan of its
 * bytes, not seconds of decoding.
 */
export const MAX_MIGRATION_ENTRIES = 1000;

/** Thrown for bytes that are no payload at all; the caller adds no detail, so neither does this. */
export function damagedExport(): OtpUriError {
  return new OtpUriError('bad-migration', t('otpMigrationDamaged'));
}

/**
 * Reads one message: known fields by their handler, unknown ones skipped as the protobuf rules
 * ask (newer exports may add fields). A known field with another wire type is damage.
 */
function readMessage(bytes: Uint8Array, fields: ReadonlyMap<number, FieldReader>): void {
  const reader = new BinaryReader(bytes);
  while (reader.pos < reader.len) {
    const [fieldNo, wireType] = reader.tag();
    const known = fields.get(fieldNo);
    if (!known) {
      reader.skip(wireType, fieldNo);
      continue;
    }
    if (known[0] !== wireType) throw damagedExport();
    known[1](reader);
  }
}

function readParameters(bytes: Uint8Array): RawOtpParameters {
  const parameters: RawOtpParameters = {
    secret: new Uint8Array(0),
    name: '',
    issuer: '',
    algorithm: 0,
    digits: 0,
    type: 0,
    counter: 0n,
  };
  readMessage(
    bytes,
    new Map<number, FieldReader>([
      // A copy: a view would keep the whole decoded export alive as long as the secret.
      [1, [WireType.LengthDelimited, (r) => void (parameters.secret = r.bytes().slice())]],
      [2, [WireType.LengthDelimited, (r) => void (parameters.name = r.string())]],
      [3, [WireType.LengthDelimited, (r) => void (parameters.issuer = r.string())]],
      [4, [WireType.Varint, (r) => void (parameters.algorithm = r.int32())]],
      [5, [WireType.Varint, (r) => void (parameters.digits = r.int32())]],
      [6, [WireType.Varint, (r) => void (parameters.type = r.int32())]],
      [7, [WireType.Varint, (r) => void (parameters.counter = BigInt(r.int64()))]],
    ]),
  );
  return parameters;
}

/** Too many accounts in one link: refused whole, with the limit, before any account is read. */
export function tooManyEntries(): OtpUriError {
  return new OtpUriError(
    'too-many-accounts',
    t('otpMigrationTooManyAccounts', { max: MAX_MIGRATION_ENTRIES }),
  );
}

/**
 * Decodes a MigrationPayload; any malformed byte throws (the caller turns it into one sentence).
 * The accounts are only located on the first pass, and decoded once their number is known to be
 * within MAX_MIGRATION_ENTRIES; `onDecode` hears of each one decoded (for tests that count the work).
 */
export function readMigrationPayload(bytes: Uint8Array, onDecode?: () => void): RawMigrationPayload {
  const payload: RawMigrationPayload = { parameters: [], version: 0, batchSize: 0, batchIndex: 0, batchId: 0 };
  const located: Uint8Array[] = [];
  readMessage(
    bytes,
    new Map<number, FieldReader>([
      [
        1,
        [
          WireType.LengthDelimited,
          (r) => {
            if (located.length === MAX_MIGRATION_ENTRIES) throw tooManyEntries();
            located.push(r.bytes());
          },
        ],
      ],
      [2, [WireType.Varint, (r) => void (payload.version = r.int32())]],
      [3, [WireType.Varint, (r) => void (payload.batchSize = r.int32())]],
      [4, [WireType.Varint, (r) => void (payload.batchIndex = r.int32())]],
      [5, [WireType.Varint, (r) => void (payload.batchId = r.int32())]],
    ]),
  );
  for (const entry of located) {
    onDecode?.();
    payload.parameters.push(readParameters(entry));
  }
  return payload;
}
