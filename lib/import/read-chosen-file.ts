/**
 * A file chosen or dropped on the import page, told apart by its content: a QR code picture (by
 * its header), another app's export when one of the formats (./formats/) claims it, otherwise a
 * list of otpauth:// links. The formats load with the first file that is no picture, neither with
 * the page nor with the popup's scanner, which shares the reader.
 */
import { t } from '../i18n/t';
import type { ImportFile, ImportFileError, ImportFormat } from './formats';
import { looksLikeImage } from './image-size';
import { MAX_EXPORT_FILE_BYTES, MAX_TEXT_FILE_BYTES, megabytes } from './limits';
import { linkListRows } from './link-list-rows';
import { pictureRows } from './picture-rows';
import type { FoundLink, RefusedEntry } from './types';

type Row = FoundLink | RefusedEntry;
type Formats = typeof import('./formats');

const loadFormats = (): Promise<Formats> => import('./formats/index');

const refused = (entry: string, reason: string): RefusedEntry => ({ entry, reason });

/** Errors that end the whole preview: the page asks for the password, or says it is wrong. */
function endsPreview(error: ImportFileError): boolean {
  return error.name === 'PasswordNeededError' || error.name === 'WrongPasswordError';
}

async function exportRows(formats: Formats, format: ImportFormat, file: ImportFile, password?: string): Promise<Row[]> {
  const { name, bytes } = file;
  if (bytes.length > format.maxBytes) {
    return [refused(name, t('importExportTooLarge', { formatName: format.name, size: megabytes(bytes.length), max: megabytes(format.maxBytes) }))];
  }
  if (password === undefined && format.isEncrypted(file)) throw new formats.PasswordNeededError(name, format.name);
  try {
    const entries = await format.read(file, password);
    // Each format counts its entries before converting them; this holds whatever a format does.
    formats.checkAccountCount(entries.length);
    return formats.formatEntryRows(name, entries);
  } catch (error) {
    // A damaged file, a newer version, a costly derivation: one row says so, the other sources still import.
    if (!(error instanceof formats.ImportFileError) || endsPreview(error)) throw error;
    return [refused(name, error.message)];
  }
}

/**
 * The rows of one file. An encrypted export without `password` throws PasswordNeededError, with a
 * wrong one WrongPasswordError: the page asks, and nothing is previewed meanwhile.
 */
export async function readChosenFile(name: string, blob: Blob, password?: string): Promise<Row[]> {
  if (await looksLikeImage(blob)) return pictureRows(name, blob);
  if (blob.size > MAX_EXPORT_FILE_BYTES) {
    return [refused(name, t('importFileTooLarge', { size: megabytes(blob.size), max: megabytes(MAX_EXPORT_FILE_BYTES) }))];
  }
  const formats = await loadFormats();
  const file = formats.openImportFile(name, new Uint8Array(await blob.arrayBuffer()));
  const format = formats.detectImportFormat(file);
  if (format) return exportRows(formats, format, file, password);
  // A list of links never starts like JSON: this is an export of a kind (or version) not read here.
  if (file.json !== undefined || /^\s*[[{]/u.test(file.text ?? '')) {
    return [refused(name, t('importUnknownJson', { formats: formats.importFormatNames() }))];
  }
  if (file.text === undefined || file.text.includes('\u0000')) {
    return [refused(name, t('importUnknownFile'))];
  }
  if (blob.size > MAX_TEXT_FILE_BYTES) {
    return [refused(name, t('importTextFileTooLarge', { max: megabytes(MAX_TEXT_FILE_BYTES) }))];
  }
  return linkListRows(file.text, name, (line) => t('importFileLine', { name, line }));
}
