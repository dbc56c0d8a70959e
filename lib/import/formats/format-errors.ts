// Failures of reading an app's export file on the page: the one error family of every format.
// Each message is one sentence for the person who chose the file: it never quotes the file's
// content (a JSON parser's message would), a password or a seed. Every format's read() throws
// these and nothing else.
import { MAX_FILE_ROWS } from '../limits';

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
  constructor(what: string, why = 'it cannot be read', options?: ErrorOptions) {
    super(`${what} is damaged or incomplete: ${why}.`, options);
  }
}

/**
 * The password does not open the file. Encryption without a separate check cannot tell a wrong
 * password from a file changed after export, so the sentence is true of both.
 */
export class WrongPasswordError extends ImportFileError {
  override readonly name = 'WrongPasswordError';
  constructor(options?: ErrorOptions) {
    super('This password does not open the file: nothing was imported.', options);
  }
}

/** A format version newer than the ones this import was written against. */
export class UnsupportedVersionError extends ImportFileError {
  override readonly name = 'UnsupportedVersionError';
  /** `what` e.g. "This 2FAS backup"; `known` e.g. "1 to 4". */
  constructor(what: string, version: number, known: string) {
    super(`${what} has format version ${version}, newer than the versions this import reads (${known}).`);
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
    super(`This file asks for a password check too costly to run in the browser (${detail}): it was not opened.`);
  }
}

/**
 * More accounts than one file may give (MAX_FILE_ROWS): counted before any is converted or
 * decrypted, since that is the work the limit bounds.
 */
export class TooManyAccountsError extends ImportFileError {
  override readonly name = 'TooManyAccountsError';
  constructor() {
    super(`This file holds more than ${MAX_FILE_ROWS.toLocaleString('en')} accounts: split it and import the parts one after the other.`);
  }
}

/** The file is encrypted and no password was given: the page asks for one and reads it again. */
export class PasswordNeededError extends ImportFileError {
  override readonly name = 'PasswordNeededError';
  readonly fileName: string;
  readonly formatName: string;
  constructor(fileName: string, formatName: string) {
    super(`${fileName} is an encrypted ${formatName} export: enter its password to read it.`);
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
