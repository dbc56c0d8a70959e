/**
 * Everything the import page was given (pasted text, chosen or dropped files, QR code pictures),
 * read into rows for the preview. A file is told apart by its content (./read-chosen-file.ts).
 * Nothing here talks to the background or writes anything.
 */
import { t } from '../i18n/t';
import { TooManyEntriesError } from './errors';
import { entriesFromLinks } from './import-entries';
import { linkListRows } from './link-list-rows';
import { MAX_IMPORT_ROWS, MAX_PASTED_CHARS, megabytes } from './limits';
import { pictureRows } from './picture-rows';
import { readChosenFile } from './read-chosen-file';
import type { FoundLink, ImportEntry, RefusedEntry } from './types';

export type ImportSource =
  | { kind: 'pasted'; text: string }
  /**
   * A file chosen or dropped as it is: a picture, an export or a text file of links, by its
   * content; `password` once the page asked for the password of an encrypted export.
   */
  | { kind: 'file'; name: string; file: Blob; password?: string }
  /** A file chosen as a QR code picture. */
  | { kind: 'image'; name: string; file: Blob };

type Row = FoundLink | RefusedEntry;

function pastedRows(text: string): Row[] {
  if (text.length > MAX_PASTED_CHARS) {
    return [{ entry: t('importPastedText'), reason: t('importPastedTooLong', { max: megabytes(MAX_PASTED_CHARS) }) }];
  }
  return linkListRows(text, t('importPastedText'), (line) => t('importPastedLine', { line }));
}

function readSource(source: ImportSource): Promise<Row[]> | Row[] {
  if (source.kind === 'pasted') return pastedRows(source.text);
  if (source.kind === 'image') return pictureRows(source.name, source.file);
  return readChosenFile(source.name, source.file, source.password);
}

/**
 * The preview's rows for every source, in the order given (pictures are decoded one at a time).
 * TooManyEntriesError as soon as the rows pass MAX_IMPORT_ROWS: no further source is read. An
 * encrypted export without its password throws PasswordNeededError, a wrong one
 * WrongPasswordError: the page asks, and nothing is previewed meanwhile.
 */
export async function readImportSources(sources: readonly ImportSource[]): Promise<ImportEntry[]> {
  const found: Row[] = [];
  for (const source of sources) {
    found.push(...(await readSource(source)));
    if (found.length > MAX_IMPORT_ROWS) throw new TooManyEntriesError(MAX_IMPORT_ROWS);
  }
  return entriesFromLinks(found);
}

export { decodeQrImage } from './qr-decode';
export { entriesFromLinks } from './import-entries';
export { QrNotFoundError, UnreadableImageError } from './errors';
export { PasswordNeededError } from './formats/format-errors';
