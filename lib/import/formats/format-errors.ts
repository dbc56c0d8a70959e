// Failures of reading an app's export file on the page: the one error family of every format.
// Each message is one sentence for the person who chose the file: it never quotes the file's
// content (a JSON parser's message would), a password or a seed. Every format's read() throws
// these and nothing else.
import { t } from '../../i18n/t';
import { MAX_FILE_ROWS } from '../limits';

/**
 * A file named in words as the subject of a sentence ("This Aegis vault"), in the user's language:
 * worded when the sentence is, so each language can inflect it as its sentences need.
 */
export type FileNoun = () => string;

/** The base of every format error, so the page and the tests can tell them from bugs. */
export abstract class ImportFileError extends Error {
  abstract override readonly name: string;
}

/** Not what the format says it holds: cut short, altered, or another app's file. */
export class DamagedFileError extends ImportFileError {
  override readonly name = 'DamagedFileError';
  /**
   * `what` names the file in words, e.g. "This Aegis vault"; `why`, when the format can say more
   * than that it cannot be read, e.g. "a quoted field is never closed".
   */
  constructor(what: FileNoun, why = t('importWhyUnreadable'), options?: ErrorOptions) {
    super(t('importFileDamaged', { what: what(), why }), options);
  }
}

/**
 * The password does not open the file. Encryption without a separate check cannot tell a wrong
 * password from a file changed after export, so the sentence is true of both.
 */
export class WrongPasswordError extends ImportFileError {
  override readonly name = 'WrongPasswordError';
  constructor(options?: ErrorOptions) {
    super(t('importWrongPassword'), options);
  }
}

/** A format version newer than the ones this import was written against. */
export class UnsupportedVersionError extends ImportFileError {
  override readonly name = 'UnsupportedVersionError';
  /** `what` e.g. "This 2FAS backup"; `newest` the newest version read (every one from 1 up to it is). */
  constructor(what: FileNoun, version: number, newest: number) {
    const known = newest === 1 ? '1' : t('importVersionRange', { newest: String(newest) });
    super(t('importUnsupportedVersion', { what: what(), version: String(version), known }));
  }
}

/**
 * The file asks for key derivations beyond the limits of ./crypto/kdf-limits.ts: they would pin
 * the page for minutes or exhaust its memory, so it is refused before any work.
 */
export class KdfLimitError extends ImportFileError {
  override readonly name = 'KdfLimitError';
  /** `detail` names the setting, e.g. "scrypt N above 2^20". */
  constructor(detail: string) {
    super(t('importKdfLimit', { detail }));
  }
}

/**
 * More accounts than one file may give (MAX_FILE_ROWS): counted before any is converted or
 * decrypted, since that is the work the limit bounds.
 */
export class TooManyAccountsError extends ImportFileError {
  override readonly name = 'TooManyAccountsError';
  constructor() {
    super(t('importFileTooManyAccounts', { max: MAX_FILE_ROWS }));
  }
}

/** The file is encrypted and no password was given: the page asks for one and reads it again. */
export class PasswordNeededError extends ImportFileError {
  override readonly name = 'PasswordNeededError';
  readonly fileName: string;
  readonly formatName: string;
  constructor(fileName: string, formatName: string) {
    super(t('importPasswordNeeded', { fileName, formatName }));
    this.fileName = fileName;
    this.formatName = formatName;
  }
}

/** A file of the format that this import understands but cannot open; the sentence says why and what to do. */
export class UnsupportedFileError extends ImportFileError {
  override readonly name = 'UnsupportedFileError';
}

/** Fails with TooManyAccountsError past MAX_FILE_ROWS; a format calls it once it knows its count. */
export function checkAccountCount(count: number): void {
  if (count > MAX_FILE_ROWS) throw new TooManyAccountsError();
}
