/** Range checks shared by manual entry, stored accounts and otpauth links. */
import { decodeBase32 } from './base32';
import { OtpInputError } from './errors';
import {
  DEFAULT_ALGORITHM,
  DEFAULT_DIGITS,
  DEFAULT_PERIOD,
  MAX_DIGITS,
  MAX_PERIOD,
  MAX_SECRET_BYTES,
  MIN_DIGITS,
  MIN_PERIOD,
  MIN_SECRET_BYTES,
  OTP_ALGORITHMS,
  type OtpAccount,
  type OtpAlgorithm,
  type OtpType,
} from './types';

/** Accepts 'sha256', 'Sha1'…; links in the wild do not agree on case. @see RFC 6238 §1.2 */
export function parseAlgorithm(text: string): OtpAlgorithm {
  const upper = text.trim().toUpperCase();
  const found = OTP_ALGORITHMS.find((algorithm) => algorithm === upper);
  if (found) return found;
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  throw new OtpInputError('unknown-algorithm', `Unknown algorithm '${shown}': use SHA1, SHA256 or SHA512.`);
}

/** Parses a decimal field strictly: "6.0", "1e1" or "0x6" are typos, not numbers. */
export function parseWholeNumber(text: string): number {
  return /^\d+$/u.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

export function checkType(type: string): asserts type is OtpType {
  if (type !== 'totp' && type !== 'hotp') {
    throw new OtpInputError('bad-type', 'The type must be TOTP (time-based) or HOTP (counter-based).');
  }
}

/** @see RFC 4226 §5.3 (Digit = 6 at least; 7 and 8 are the common extensions) */
export function checkDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < MIN_DIGITS || digits > MAX_DIGITS) {
    throw new OtpInputError('bad-digits', 'Digits must be 6, 7 or 8.');
  }
}

/** @see RFC 6238 §4.1 (X, the time step in seconds) */
export function checkPeriod(period: number): void {
  if (!Number.isInteger(period) || period < MIN_PERIOD || period > MAX_PERIOD) {
    throw new OtpInputError('bad-period', 'The period must be a whole number of seconds from 1 to 3600.');
  }
}

/** @see RFC 4226 §5.2 (C, the 8-byte counter; JS numbers stay exact up to 2^53) */
export function checkCounter(counter: number): void {
  if (!Number.isSafeInteger(counter) || counter < 0) {
    throw new OtpInputError('bad-counter', 'The counter must be a whole number of 0 or more.');
  }
}

/** @see RFC 4226 §4 (R6) and the MIN/MAX_SECRET_BYTES notes in ./types */
export function checkSecret(secret: Uint8Array): void {
  if (!(secret instanceof Uint8Array) || secret.length === 0) {
    throw new OtpInputError('missing-secret', 'The secret is missing.');
  }
  if (secret.length < MIN_SECRET_BYTES) {
    throw new OtpInputError(
      'secret-too-short',
      `The secret is too short: ${secret.length} bytes; at least 10 bytes (16 Base32 characters) are needed.`,
    );
  }
  if (secret.length > MAX_SECRET_BYTES) {
    throw new OtpInputError(
      'secret-too-long',
      `The secret is too long: ${secret.length} bytes; at most 64 bytes are allowed.`,
    );
  }
}

/**
 * Names must survive encodeURIComponent (no lone surrogates) and a parse, which
 * trims, so surrounding spaces would not round-trip.
 */
function checkName(value: string, reason: 'bad-label' | 'bad-issuer', what: string): void {
  if (typeof value !== 'string' || !value.isWellFormed()) {
    throw new OtpInputError(reason, `The ${what} contains characters that cannot be stored.`);
  }
  if (value !== value.trim()) {
    throw new OtpInputError(reason, `The ${what} may not start or end with a space.`);
  }
}

/** Throws OtpInputError when any field of a (stored or built) account is out of range. */
export function validateOtpAccount(account: OtpAccount): void {
  checkType(account.type);
  checkName(account.issuer, 'bad-issuer', 'issuer');
  checkName(account.label, 'bad-label', 'account name');
  if (account.label === '') throw new OtpInputError('bad-label', 'The account name is missing.');
  checkSecret(account.secret);
  if (!OTP_ALGORITHMS.includes(account.algorithm)) {
    // A stored account must hold the canonical name; only text input may vary in case.
    const shown = String(account.algorithm).slice(0, 20);
    throw new OtpInputError('unknown-algorithm', `Unknown algorithm '${shown}': use SHA1, SHA256 or SHA512.`);
  }
  checkDigits(account.digits);
  checkPeriod(account.period);
  checkCounter(account.counter);
  // The field the type ignores must hold its default, so one account has one URI.
  if (account.type === 'hotp' && account.period !== DEFAULT_PERIOD) {
    throw new OtpInputError('bad-period', 'An HOTP account has no period; leave it at 30.');
  }
  if (account.type === 'totp' && account.counter !== 0) {
    throw new OtpInputError('bad-counter', 'A TOTP account has no counter; leave it at 0.');
  }
}

export interface OtpAccountFields {
  type: OtpType;
  issuer: string;
  label: string;
  /** Base32 text as the user typed it. */
  secret: string;
  algorithm?: OtpAlgorithm;
  digits?: number;
  period?: number;
  counter?: number;
}

/** Builds an account from a manual-entry form; throws OtpInputError on bad fields. */
export function createOtpAccount(fields: OtpAccountFields): OtpAccount {
  checkType(fields.type);
  if (fields.secret.replace(/[\s=-]+/gu, '') === '') {
    throw new OtpInputError('missing-secret', 'The secret is missing.');
  }
  const isHotp = fields.type === 'hotp';
  const account: OtpAccount = {
    type: fields.type,
    issuer: fields.issuer.trim(),
    label: fields.label.trim(),
    secret: decodeBase32(fields.secret),
    algorithm: fields.algorithm ?? DEFAULT_ALGORITHM,
    digits: fields.digits ?? DEFAULT_DIGITS,
    // HOTP ignores the period and TOTP the counter: store defaults so each account
    // has one URI form. A new HOTP token starts at 0, as authenticator apps assume.
    period: isHotp ? DEFAULT_PERIOD : (fields.period ?? DEFAULT_PERIOD),
    counter: isHotp ? (fields.counter ?? 0) : 0,
  };
  validateOtpAccount(account);
  return account;
}
