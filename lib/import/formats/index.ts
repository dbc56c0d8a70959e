/**
 * The export formats the import reads, one line each, tried in this order on a chosen or dropped
 * file; a file no format claims is read as a list of links. Loaded by the page only when a file
 * is read (lib/import/read-sources.ts), never by the popup or the background.
 */
import { aegisFormat } from './aegis/aegis-format';
import { andOtpFormat } from './andotp/andotp-format';
import { authenticatorExtensionFormat } from './authenticator-extension/extension-format';
import type { ImportFile, ImportFormat } from './import-format';
import { protonAuthenticatorFormat } from './proton-authenticator/proton-format';
import { twoFasFormat } from './two-fas/two-fas-format';

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  aegisFormat,
  twoFasFormat,
  protonAuthenticatorFormat,
  authenticatorExtensionFormat,
  // Last: an encrypted andOTP backup has no signature, only a plausible first four bytes.
  andOtpFormat,
];

/** The first format that claims the file, or undefined for a plain list of links (or anything else). */
export function detectImportFormat(file: ImportFile): ImportFormat | undefined {
  return IMPORT_FORMATS.find((format) => format.detect(file));
}

export { openImportFile } from './import-file';
export type { FormatEntry, ImportFile, ImportFormat } from './import-format';
export { formatEntryRows } from './format-rows';
export { ImportFileError, PasswordNeededError } from './format-errors';
