/**
 * The export formats the import reads, one line each, tried in this order on a chosen or dropped
 * file; a file no format claims is read as a list of links. Loaded by the page only when a file
 * is read (lib/import/read-chosen-file.ts), never by the popup or the background.
 */
import { aegisFormat } from './aegis/aegis-format';
import { andOtpFormat } from './andotp/andotp-format';
import { authenticatorExtensionFormat } from './authenticator-extension/extension-format';
import { bitwardenCsvFormat } from './bitwarden/bitwarden-csv-format';
import { bitwardenJsonFormat } from './bitwarden/bitwarden-json-format';
import { enteEncryptedFormat } from './ente-auth/ente-encrypted-format';
import { enteTextFormat } from './ente-auth/ente-text-format';
import { freeOtpPlusFormat } from './freeotp-plus/freeotp-plus-format';
import type { ImportFile, ImportFormat } from './import-format';
import { protonAuthenticatorFormat } from './proton-authenticator/proton-format';
import { twoFasFormat } from './two-fas/two-fas-format';

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  // Claimed by the shape of their parsed JSON.
  aegisFormat,
  twoFasFormat,
  protonAuthenticatorFormat,
  authenticatorExtensionFormat,
  // Claimed by their first characters, so that a cut or altered file is still named as theirs.
  bitwardenJsonFormat,
  freeOtpPlusFormat,
  enteEncryptedFormat,
  bitwardenCsvFormat,
  // A list of links, claimed by Ente's name or parameters; any other list is read as links.
  enteTextFormat,
  // Last: an encrypted andOTP backup has no signature, only a plausible first four bytes.
  andOtpFormat,
];

/** The first format that claims the file, or undefined for a plain list of links (or anything else). */
export function detectImportFormat(file: ImportFile): ImportFormat | undefined {
  return IMPORT_FORMATS.find((format) => format.detect(file));
}

/** The apps whose exports are read, for the sentence refusing a file none claims: "Aegis, 2FAS, …". */
export function importFormatNames(): string {
  return [...new Set(IMPORT_FORMATS.map((format) => format.name))].join(', ');
}

export { openImportFile } from './import-file';
export type { FormatEntry, ImportFile, ImportFormat } from './import-format';
export { formatEntryRows } from './format-rows';
export { checkAccountCount, ImportFileError, PasswordNeededError } from './format-errors';
