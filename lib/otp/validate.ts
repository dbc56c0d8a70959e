/** Range checks shared by manual entry, stored accounts and otpauth links. */
import { t } from '../i18n/t';
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
  throw new OtpInputError('unknown-algorithm', t('otpUnknownAlgorithm', { algorithm: shown }));
}

/** Parses a decimal field strictly: "6.0", "1e1" or "0x6" are typos, not numbers. */
export function parseWholeNumber(text: string): number {
  return /^\d+$/u.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

export function checkType(type: string): asserts type is OtpType {
  if (type !== 'totp' && type !== 'hotp') {
    throw new OtpInputError('bad-type', t('otpBadType'));
  }
}

/** @see RFC 4226 §5.3 (Digit = 6 at least; 7 and 8 are the common extensions) */
export function checkDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < MIN_DIGITS || digits > MAX_DIGITS) {
    throw new OtpInputError('bad-digits', t('otpBadDigits'));
  }
}

/** @see RFC 6238 §4.1 (X, the time step in seconds) */
export function checkPeriod(period: number): void {
  if (!Number.isInteger(period) || period < MIN_PERIOD || period > MAX_PERIOD) {
    throw new OtpInputError('bad-period', t('otpBadPeriod'));
  }
}

/** @see RFC 4226 §5.2 (C, the 8-byte counter; JS numbers stay exact up to 2^53) */
export function checkCounter(counter: number): void {
  if (!Number.isSafeInteger(counter) || counter < 0) {
    throw new OtpInputError('bad-counter', t('otpBadCounter'));
  }
}

/** @see RFC 4226 §4 (R6) and the MIN/MAX_SECRET_BYTES notes in ./types */
export function checkSecret(secret: Uint8Array): void {
  if (!(secret instanceof Uint8Array) || secret.length === 0) {
    throw new OtpInputError('missing-secret', t('otpMissingSecret'));
  }
  if (secret.length < MIN_SECRET_BYTES) {
    throw new OtpInputError(
      'secret-too-short',
      t('otpSecretTooShort', { bytes: String(secret.length) }),
    );
  }
  if (secret.length > MAX_SECRET_BYTES) {
    throw new OtpInputError(
      'secret-too-long',
      t('otpSecretTooLong', { bytes: String(secret.length) }),
    );
  }
}

/**
 * Names must survive encodeURIComponent (no lone surrogates) and a parse, which
 * trims, so surrounding spaces would not round-trip.
 */
function checkName(value: string, reason: 'bad-label' | 'bad-issuer'): void {
  const issuer = reason === 'bad-issuer';
  if (typeof value !== 'string' || !value.isWellFormed()) {
    throw new OtpInputError(reason, issuer ? t('otpIssuerUnstorable') : t('otpLabelUnstorable'));
  }
  if (value !== value.trim()) {
    throw new OtpInputError(reason, issuer ? t('otpIssuerSpaces') : t('otpLabelSpaces'));
  }
}

/** Throws OtpInputError when any field of a (stored or built) account is out of range. */
export function validateOtpAccount(account: OtpAccount): void {
  checkType(account.type);
  checkName(account.issuer, 'bad-issuer');
  checkName(account.label, 'bad-label');
  if (account.label === '') throw new OtpInputError('bad-label', t('otpMissingLabel'));
  checkSecret(account.secret);
  if (!OTP_ALGORITHMS.includes(account.algorithm)) {
    // A stored account must hold the canonical name; only text input may vary in case.
    const shown = String(account.algorithm).slice(0, 20);
    throw new OtpInputError('unknown-algorithm', t('otpUnknownAlgorithm', { algorithm: shown }));
  }
  checkDigits(account.digits);
  checkPeriod(account.period);
  checkCounter(account.counter);
  // The field the type ignores must hold its default, so one account has one URI.
  if (account.type === 'hotp' && account.period !== DEFAULT_PERIOD) {
    throw new OtpInputError('bad-period', t('otpHotpHasNoPeriod'));
  }
  if (account.type === 'totp' && account.counter !== 0) {
    throw new OtpInputError('bad-counter', t('otpTotpHasNoCounter'));
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
    throw new OtpInputError('missing-secret', t('otpMissingSecret'));
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
