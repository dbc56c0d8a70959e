/**
 * A file chosen or dropped on the import page: another app's export when one of the formats
 * (./formats/) claims it, otherwise a list of otpauth:// links. The formats load on the first
 * file, not with the page, nor with the popup's scanner, which shares the reader.
 */
import type { ImportFileError } from './formats/format-errors';
import { linksFromText } from './text-links';
import type { FoundLink, RefusedEntry } from './types';

/** A list of links is a few kilobytes; a bigger "text" file was chosen by mistake. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;
/** An Aegis vault with an icon for every account runs to a few megabytes; 32 MB is far beyond. */
export const MAX_EXPORT_FILE_BYTES = 32 * 1024 * 1024;

const loadFormats = () => import('./formats/index');

/** Errors that end the whole preview: the page asks for the password, or says it is wrong. */
function endsPreview(error: ImportFileError): boolean {
  return error.name === 'PasswordNeededError' || error.name === 'WrongPasswordError';
}

export async function readChosenFile(name: string, blob: Blob, password?: string): Promise<(FoundLink | RefusedEntry)[]> {
  if (blob.size > MAX_EXPORT_FILE_BYTES) {
    return [{ entry: name, reason: 'This file is too large to be an export or a list of links (32 MB at most).' }];
  }
  const { detectImportFormat, formatEntryRows, ImportFileError, openImportFile, PasswordNeededError } = await loadFormats();
  const file = openImportFile(name, new Uint8Array(await blob.arrayBuffer()));
  const format = detectImportFormat(file);
  if (format) {
    if (password === undefined && format.isEncrypted(file)) throw new PasswordNeededError(name, format.name);
    try {
      return formatEntryRows(name, await format.read(file, password));
    } catch (error) {
      // A damaged file, a newer version, a costly derivation: one row says so, the other sources still import.
      if (!(error instanceof ImportFileError) || endsPreview(error)) throw error;
      return [{ entry: name, reason: error.message }];
    }
  }
  if (blob.size > MAX_TEXT_FILE_BYTES) return [{ entry: name, reason: 'This file is too large to be a list of links (1 MB at most).' }];
  if (file.text === undefined || file.json !== undefined) {
    return [{ entry: name, reason: 'This file is neither a list of otpauth:// links nor an export this import reads.' }];
  }
  return linksFromText(file.text).map(({ line, text }) => ({ entry: `${name}, line ${line}`, text }));
}
