/**
 * The rows format readers give, built the same way for every format: an account becomes an
 * otpauth:// link (the one kind of link the background checks), anything unusable a refused row
 * whose reason is one sentence naming no secret.
 */
import { formatOtpauthUri, OtpInputError, type OtpAccount } from '../../otp';
import { ImportFileError } from '../errors';
import { MAX_FILE_ROWS } from '../limits';
import type { FormatRow } from './format';

/** The names shown beside a refused entry, so the user can tell which account it was. */
export interface EntryNames {
  issuer?: string;
  label?: string;
}

/** The account as a link, or refused with the first field that is out of range. */
export function accountRow(entry: string, account: OtpAccount): FormatRow {
  try {
    return { entry, text: formatOtpauthUri(account) };
  } catch (error) {
    if (!(error instanceof OtpInputError)) throw error;
    return refusedRow(entry, error.message, account);
  }
}

export function refusedRow(entry: string, reason: string, names: EntryNames = {}): FormatRow {
  return { entry, reason, ...namesOf(names) };
}

/** An entry left out on purpose (a kind of code the vault cannot compute, a trashed one), not damaged. */
export function skippedRow(entry: string, reason: string, names: EntryNames = {}): FormatRow {
  return { entry, reason, skipped: true, ...namesOf(names) };
}

/** Steam's codes are 5 letters and digits of their own alphabet: the vault computes only RFC 4226/6238 codes. */
export function steamRow(entry: string, names: EntryNames = {}): FormatRow {
  return skippedRow(entry, 'Steam Guard codes (5 characters) are not supported: this account was not imported.', names);
}

/** Names as long as a link can hold are shown; a longer one (a damaged file) is cut for the table. */
const MAX_NAME_CHARS = 256;

function shown(name: string): string {
  return name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS)}…` : name;
}

function namesOf({ issuer, label }: EntryNames): EntryNames {
  return { ...(issuer ? { issuer: shown(issuer) } : {}), ...(label ? { label: shown(label) } : {}) };
}

/**
 * Refuses a file with more entries than MAX_FILE_ROWS, once they are counted and before any is
 * converted: the conversion is the work the limit bounds.
 */
export function checkRowCount(count: number): void {
  if (count > MAX_FILE_ROWS) {
    throw new ImportFileError(
      `This file holds more than ${MAX_FILE_ROWS.toLocaleString('en')} accounts: split it and import the parts one after the other.`,
    );
  }
}

/** JSON.parse, with the refusal every JSON format gives for a file that is cut short or damaged. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ImportFileError(`This ${what} is damaged or cut short: it is not complete JSON.`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A text field, trimmed; anything else (missing, null, a number) reads as empty. */
export function textField(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
