/**
 * One account as an app exports it, checked into an account of this product, or into a row that
 * says why not. Every format maps its fields to ExportedAccount and lets this decide, so "which
 * kinds are skipped" and "what is invalid" are decided in one place.
 */
import { t } from '../../i18n/t';
import {
  decodeBase32,
  DEFAULT_ALGORITHM,
  DEFAULT_DIGITS,
  DEFAULT_PERIOD,
  OTP_ALGORITHMS,
  OtpInputError,
  validateOtpAccount,
  type OtpAccount,
} from '../../otp';
import { hexBytes } from './file-encodings';
import type { FormatEntry } from './import-format';

export interface ExportedAccount {
  /** The app's own name for the kind of code, in any case: totp, hotp, steam, yandex, motp… */
  type: string;
  issuer: string;
  label: string;
  /** Decodes the secret; an OtpInputError (which names no character of it) makes the row invalid. */
  secret: () => Uint8Array;
  algorithm?: string;
  digits?: number;
  period?: number;
  counter?: number;
}

const missing = () => new OtpInputError('missing-secret', t('otpMissingSecret'));

/** A Base32 secret field (the usual form in exports); anything but a string is a missing secret. */
export function base32Secret(value: unknown): () => Uint8Array {
  return () => {
    if (typeof value !== 'string') throw missing();
    return decodeBase32(value);
  };
}

/** A hexadecimal secret field (the Authenticator extension's "hex" kinds). */
export function hexSecret(value: unknown): () => Uint8Array {
  return () => {
    if (typeof value !== 'string' || value.trim() === '') throw missing();
    const bytes = hexBytes(value.trim().replace(/\s+/gu, ''));
    if (!bytes) throw new OtpInputError('bad-hex', t('importBadHexSecret'));
    return bytes;
  };
}

/** Kinds of code other apps compute and this product does not, named as their users know them. */
const SKIPPED_TYPES: Readonly<Record<string, () => string>> = {
  steam: () => t('importSkippedSteam'),
  yandex: () => t('importSkippedYandex'),
  yaotp: () => t('importSkippedYandex'),
  motp: () => t('importSkippedMotp'),
};

/** A value from the file, cut short: it is shown in a sentence, and it is no secret. */
const shown = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text);

function skipReason(type: string, algorithm: string, digits: number): string | undefined {
  if (type !== 'totp' && type !== 'hotp') {
    return Object.hasOwn(SKIPPED_TYPES, type) ? SKIPPED_TYPES[type]!() : t('importSkippedKind', { kind: shown(type) });
  }
  if (!(OTP_ALGORITHMS as readonly string[]).includes(algorithm)) {
    return t('importSkippedAlgorithm', { algorithm: shown(algorithm) });
  }
  if (Number.isInteger(digits) && (digits < 6 || digits > 8)) {
    return t('importSkippedDigits', { digits });
  }
  return undefined;
}

/** The names to show: trimmed, and the issuer stands in for a missing account name (as apps show it). */
function names(fields: ExportedAccount): { issuer: string; label: string } {
  const issuer = fields.issuer.trim();
  return { issuer, label: fields.label.trim() || issuer };
}

export function exportedEntry(fields: ExportedAccount): FormatEntry {
  const { issuer, label } = names(fields);
  const type = fields.type.trim().toLowerCase();
  const algorithm = (fields.algorithm ?? DEFAULT_ALGORITHM).trim().toUpperCase().replace(/^SHA-/u, 'SHA');
  const digits = fields.digits ?? DEFAULT_DIGITS;
  const skipped = skipReason(type, algorithm, digits);
  if (skipped) return { ok: false, issuer, label, reason: skipped, skipped: true };
  try {
    const hotp = type === 'hotp';
    const account: OtpAccount = {
      type: hotp ? 'hotp' : 'totp',
      issuer,
      label,
      secret: fields.secret(),
      algorithm: algorithm as OtpAccount['algorithm'],
      digits,
      // The field the type ignores holds its default, so an account has one link.
      period: hotp ? DEFAULT_PERIOD : (fields.period ?? DEFAULT_PERIOD),
      counter: hotp ? (fields.counter ?? 0) : 0,
    };
    validateOtpAccount(account);
    return { ok: true, account };
  } catch (error) {
    if (!(error instanceof OtpInputError)) throw error;
    return { ok: false, issuer, label, reason: error.message };
  }
}
