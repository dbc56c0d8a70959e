/**
 * Everything the import page was given (pasted text, text files, QR code pictures), read into
 * rows for the preview. Nothing here talks to the background or writes anything.
 */
import { ImageTooLargeError, QrNotFoundError, TooManyEntriesError, UnreadableImageError } from './errors';
import { entriesFromLinks } from './import-entries';
import { MAX_FILE_ROWS, MAX_IMPORT_ROWS, MAX_PASTED_CHARS, megabytes } from './limits';
import { decodeQrImage } from './qr-decode';
import { linksFromText } from './text-links';
import type { FoundLink, ImportEntry, RefusedEntry } from './types';

export type ImportSource =
  | { kind: 'pasted'; text: string }
  | { kind: 'text-file'; name: string; file: Blob }
  | { kind: 'image'; name: string; file: Blob };

/** A list of links is a few kilobytes; a bigger "text" file was chosen by mistake. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

function tooManyRows(entry: string): RefusedEntry {
  return { entry, reason: `More than ${MAX_FILE_ROWS.toLocaleString('en')} entries: split it and import the parts one after the other.` };
}

async function readSource(source: ImportSource): Promise<(FoundLink | RefusedEntry)[]> {
  if (source.kind === 'pasted') {
    if (source.text.length > MAX_PASTED_CHARS) {
      return [{ entry: 'Pasted text', reason: `This text is too long to be a list of links (${megabytes(MAX_PASTED_CHARS)} at most).` }];
    }
    const links = linksFromText(source.text);
    if (links.length > MAX_FILE_ROWS) return [tooManyRows('Pasted text')];
    return links.map(({ line, text }) => ({ entry: `Line ${line}`, text }));
  }
  if (source.kind === 'text-file') {
    if (source.file.size > MAX_TEXT_FILE_BYTES) {
      return [{ entry: source.name, reason: 'This file is too large to be a list of links (1 MB at most).' }];
    }
    const links = linksFromText(await source.file.text());
    if (links.length > MAX_FILE_ROWS) return [tooManyRows(source.name)];
    return links.map(({ line, text: link }) => ({ entry: `${source.name}, line ${line}`, text: link }));
  }
  try {
    return [{ entry: source.name, text: (await decodeQrImage(source.file)).trim() }];
  } catch (error) {
    // decodeQrImage's errors say what is wrong with this one picture; others are bugs.
    if (error instanceof QrNotFoundError || error instanceof UnreadableImageError || error instanceof ImageTooLargeError) {
      return [{ entry: source.name, reason: error.message }];
    }
    throw error;
  }
}

/**
 * The preview's rows for every source, in the order given (pictures are decoded one at a time).
 * TooManyEntriesError as soon as the rows pass MAX_IMPORT_ROWS: no further source is read.
 */
export async function readImportSources(sources: readonly ImportSource[]): Promise<ImportEntry[]> {
  const found: (FoundLink | RefusedEntry)[] = [];
  for (const source of sources) {
    found.push(...(await readSource(source)));
    if (found.length > MAX_IMPORT_ROWS) throw new TooManyEntriesError(MAX_IMPORT_ROWS);
  }
  return entriesFromLinks(found);
}

export { decodeQrImage } from './qr-decode';
export { entriesFromLinks } from './import-entries';
export { QrNotFoundError, UnreadableImageError } from './errors';
