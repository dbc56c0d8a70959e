/**
 * Everything the import page was given (pasted text, text files, QR code pictures), read into
 * rows for the preview. Nothing here talks to the background or writes anything.
 */
import { ImageTooLargeError, QrNotFoundError, UnreadableImageError } from './errors';
import { entriesFromLinks } from './import-entries';
import { decodeQrImage } from './qr-decode';
import { linksFromText } from './text-links';
import type { FoundLink, ImportEntry, RefusedEntry } from './types';

export type ImportSource =
  | { kind: 'pasted'; text: string }
  | { kind: 'text-file'; name: string; file: Blob }
  | { kind: 'image'; name: string; file: Blob };

/** A list of links is a few kilobytes; a bigger "text" file was chosen by mistake. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

async function readSource(source: ImportSource): Promise<(FoundLink | RefusedEntry)[]> {
  if (source.kind === 'pasted') {
    return linksFromText(source.text).map(({ line, text }) => ({ entry: `Line ${line}`, text }));
  }
  if (source.kind === 'text-file') {
    if (source.file.size > MAX_TEXT_FILE_BYTES) {
      return [{ entry: source.name, reason: 'This file is too large to be a list of links (1 MB at most).' }];
    }
    const text = await source.file.text();
    return linksFromText(text).map(({ line, text: link }) => ({ entry: `${source.name}, line ${line}`, text: link }));
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

/** The preview's rows for every source, in the order given (pictures are decoded one at a time). */
export async function readImportSources(sources: readonly ImportSource[]): Promise<ImportEntry[]> {
  const found: (FoundLink | RefusedEntry)[] = [];
  for (const source of sources) found.push(...(await readSource(source)));
  return entriesFromLinks(found);
}

export { decodeQrImage } from './qr-decode';
export { entriesFromLinks } from './import-entries';
export { QrNotFoundError, UnreadableImageError } from './errors';
