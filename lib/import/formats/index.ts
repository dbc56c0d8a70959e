/**
 * The export formats the import reads besides plain otpauth:// links and QR codes, one file each.
 * A file is read by the first format here that recognises it; a format with a narrower test comes
 * before a broader one.
 */
import { bitwardenCsv } from './bitwarden-csv';
import { bitwardenJson } from './bitwarden-json';
import { enteEncrypted } from './ente-encrypted';
import { enteText } from './ente-text';
import type { ImportFormat } from './format';
import { freeOtpPlus } from './freeotp-plus';

export const IMPORT_FORMATS: readonly ImportFormat[] = [bitwardenJson, bitwardenCsv, freeOtpPlus, enteEncrypted, enteText];

/** The format of a file, from its name and first 64 KiB; undefined for anything else (a list of links). */
export function findFormat(head: string, fileName: string): ImportFormat | undefined {
  return IMPORT_FORMATS.find((format) => format.detect(head, fileName));
}

export type { FormatRow, ImportFormat } from './format';
