/**
 * Everything the import page was given (pasted text, text or export files, QR code pictures),
 * read into rows for the preview. Nothing here talks to the background or writes anything.
 */
import { QrNotFoundError, UnreadableImageError } from './errors';
import { entriesFromLinks } from './import-entries';
import { decodeQrImage } from './qr-decode';
import { readChosenFile } from './read-chosen-file';
import { linksFromText } from './text-links';
import type { FoundLink, ImportEntry, RefusedEntry } from './types';

export type ImportSource =
  | { kind: 'pasted'; text: string }
  /** A list of links or another app's export; `password` once the page asked for it. */
  | { kind: 'text-file'; name: string; file: Blob; password?: string }
  | { kind: 'image'; name: string; file: Blob };

async function readSource(source: ImportSource): Promise<(FoundLink | RefusedEntry)[]> {
  if (source.kind === 'pasted') {
    return linksFromText(source.text).map(({ line, text }) => ({ entry: `Line ${line}`, text }));
  }
  if (source.kind === 'text-file') return readChosenFile(source.name, source.file, source.password);
  try {
    return [{ entry: source.name, text: (await decodeQrImage(source.file)).trim() }];
  } catch (error) {
    // Both of decodeQrImage's errors say what is wrong with this one picture; others are bugs.
    if (error instanceof QrNotFoundError || error instanceof UnreadableImageError) {
      return [{ entry: source.name, reason: error.message }];
    }
    throw error;
  }
}

/**
 * The preview's rows for every source, in the order given (pictures are decoded one at a time).
 * An encrypted export without its password throws PasswordNeededError, a wrong one
 * WrongPasswordError: the page asks, and nothing is previewed meanwhile.
 */
export async function readImportSources(sources: readonly ImportSource[]): Promise<ImportEntry[]> {
  const found: (FoundLink | RefusedEntry)[] = [];
  for (const source of sources) found.push(...(await readSource(source)));
  return entriesFromLinks(found);
}

export { decodeQrImage } from './qr-decode';
export { entriesFromLinks } from './import-entries';
export { QrNotFoundError, UnreadableImageError } from './errors';
export { PasswordNeededError } from './formats/format-errors';
