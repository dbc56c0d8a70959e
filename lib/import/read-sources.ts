/**
 * Everything the import page was given (pasted text, chosen or dropped files, QR code pictures),
 * read into rows for the preview. A file is told apart by its content: a picture, the export of
 * another app (lib/import/formats/), or a text file of links. Nothing here talks to the background
 * or writes anything.
 */
import { ImageTooLargeError, ImportFileError, QrNotFoundError, TooManyEntriesError, UnreadableImageError } from './errors';
import type { ImportFormat } from './formats';
import { looksLikeImage } from './image-size';
import { entriesFromLinks } from './import-entries';
import { MAX_EXPORT_FILE_BYTES, MAX_FILE_ROWS, MAX_IMPORT_ROWS, MAX_PASTED_CHARS, MAX_TEXT_FILE_BYTES, megabytes } from './limits';
import { decodeQrImage } from './qr-decode';
import { linksFromText } from './text-links';
import type { FoundLink, ImportEntry, RefusedEntry } from './types';

export type ImportSource =
  | { kind: 'pasted'; text: string }
  /** A file chosen or dropped as it is: a picture, an export or a text file of links, by its content. */
  | { kind: 'file'; name: string; file: Blob }
  /** A file chosen as a QR code picture. */
  | { kind: 'image'; name: string; file: Blob };

type Row = FoundLink | RefusedEntry;

/** Formats are recognised from this much of a file, before the whole of it is read. */
const HEAD_BYTES = 64 * 1024;

/**
 * The format readers load with the first file that is no picture: the popup's scan shares this
 * module, and reads nothing but a picture of the tab.
 */
const loadFormats = () => import('./formats');

const refused = (entry: string, reason: string): RefusedEntry => ({ entry, reason });

function tooManyRows(entry: string): RefusedEntry {
  return refused(entry, `More than ${MAX_FILE_ROWS.toLocaleString('en')} entries: split it and import the parts one after the other.`);
}

/** A file saved by a Windows editor may begin with a byte-order mark, which JSON does not allow. */
function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/u, '');
}

function pastedRows(text: string): Row[] {
  if (text.length > MAX_PASTED_CHARS) {
    return [refused('Pasted text', `This text is too long to be a list of links (${megabytes(MAX_PASTED_CHARS)} at most).`)];
  }
  const links = linksFromText(text);
  if (links.length > MAX_FILE_ROWS) return [tooManyRows('Pasted text')];
  return links.map(({ line, text: link }) => ({ entry: `Line ${line}`, text: link }));
}

async function imageRows(name: string, file: Blob): Promise<Row[]> {
  try {
    return [{ entry: name, text: (await decodeQrImage(file)).trim() }];
  } catch (error) {
    // decodeQrImage's errors say what is wrong with this one picture; others are bugs.
    if (error instanceof QrNotFoundError || error instanceof UnreadableImageError || error instanceof ImageTooLargeError) {
      return [refused(name, error.message)];
    }
    throw error;
  }
}

async function exportRows(format: ImportFormat, name: string, file: Blob): Promise<Row[]> {
  if (file.size > format.maxBytes) {
    return [refused(name, `This ${format.name} is too large (${megabytes(file.size)}; at most ${megabytes(format.maxBytes)}).`)];
  }
  try {
    const rows = format.parse(withoutBom(await file.text()), name);
    // Each format counts its entries before converting them; this holds whatever a format does.
    return rows.length > MAX_FILE_ROWS ? [tooManyRows(name)] : rows;
  } catch (error) {
    if (error instanceof ImportFileError) return [refused(name, error.message)];
    throw error;
  }
}

async function textFileRows(name: string, file: Blob): Promise<Row[]> {
  if (file.size > MAX_TEXT_FILE_BYTES) {
    return [refused(name, `This file is too large to be a list of links (${megabytes(MAX_TEXT_FILE_BYTES)} at most).`)];
  }
  const links = linksFromText(await file.text());
  if (links.length > MAX_FILE_ROWS) return [tooManyRows(name)];
  return links.map(({ line, text: link }) => ({ entry: `${name}, line ${line}`, text: link }));
}

async function fileRows(name: string, file: Blob): Promise<Row[]> {
  if (await looksLikeImage(file)) return imageRows(name, file);
  if (file.size > MAX_EXPORT_FILE_BYTES) {
    return [refused(name, `This file is too large to import (${megabytes(file.size)}; at most ${megabytes(MAX_EXPORT_FILE_BYTES)}).`)];
  }
  const head = withoutBom(await file.slice(0, HEAD_BYTES).text());
  if (head.includes('\u0000')) return [refused(name, 'This file is neither a picture nor a text file.')];
  const { findFormat, IMPORT_FORMATS } = await loadFormats();
  const format = findFormat(head, name);
  if (format) return exportRows(format, name, file);
  // A list of links never starts like JSON: this is an export of a kind (or version) not read here.
  if (/^\s*[[{]/u.test(head)) {
    const known = IMPORT_FORMATS.map((known) => known.name).join(', ');
    return [refused(name, `This JSON file is not an export OTP Companion can read (it reads: ${known}).`)];
  }
  return textFileRows(name, file);
}

function readSource(source: ImportSource): Promise<Row[]> | Row[] {
  if (source.kind === 'pasted') return pastedRows(source.text);
  if (source.kind === 'image') return imageRows(source.name, source.file);
  return fileRows(source.name, source.file);
}

/**
 * The preview's rows for every source, in the order given (pictures are decoded one at a time).
 * TooManyEntriesError as soon as the rows pass MAX_IMPORT_ROWS: no further source is read.
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
