/**
 * The protobuf messages of a Google Authenticator export, written by hand: five varint and
 * length-delimited fields cost far less than the library's writer. Kept apart from the reader
 * (./migration-wire.ts), which the import and the popup's scan load: only the management page's
 * transfer export writes, and loads this with it.
 * @see docs/api-contract.md §3 (MigrationPayload, OtpParameters)
 * @see https://protobuf.dev/programming-guides/encoding/
 */
import { WireType } from '@bufbuild/protobuf/wire';
import type { RawMigrationPayload } from './migration-wire';

/** Appends `value` as a protobuf varint: 7 bits a byte, low first; a negative int32 takes all 64 bits, as the format asks. */
function writeVarint(out: number[], value: bigint): void {
  let rest = BigInt.asUintN(64, value);
  while (rest > 0x7fn) {
    out.push(Number(rest & 0x7fn) | 0x80);
    rest >>= 7n;
  }
  out.push(Number(rest));
}

function writeTag(out: number[], fieldNo: number, wireType: WireType): void {
  writeVarint(out, BigInt((fieldNo << 3) | wireType));
}

function writeNumber(out: number[], fieldNo: number, value: number | bigint): void {
  writeTag(out, fieldNo, WireType.Varint);
  writeVarint(out, BigInt(value));
}

function writeBytes(out: number[], fieldNo: number, bytes: Uint8Array): void {
  writeTag(out, fieldNo, WireType.LengthDelimited);
  writeVarint(out, BigInt(bytes.length));
  for (const byte of bytes) out.push(byte);
}

const utf8 = new TextEncoder();

/**
 * Encodes a MigrationPayload as the app writes it: every account field, then the version and the
 * batch fields. readMigrationPayload(writeMigrationPayload(p)) equals p.
 */
export function writeMigrationPayload(payload: RawMigrationPayload): Uint8Array {
  const out: number[] = [];
  for (const parameters of payload.parameters) {
    const entry: number[] = [];
    writeBytes(entry, 1, parameters.secret);
    writeBytes(entry, 2, utf8.encode(parameters.name));
    writeBytes(entry, 3, utf8.encode(parameters.issuer));
    writeNumber(entry, 4, parameters.algorithm);
    writeNumber(entry, 5, parameters.digits);
    writeNumber(entry, 6, parameters.type);
    writeNumber(entry, 7, parameters.counter);
    writeBytes(out, 1, Uint8Array.from(entry));
  }
  writeNumber(out, 2, payload.version);
  writeNumber(out, 3, payload.batchSize);
  writeNumber(out, 4, payload.batchIndex);
  writeNumber(out, 5, payload.batchId);
  return Uint8Array.from(out);
}
