/** Shared OTP types and the limits every account must respect. */

/** The one list of each: types, request schemas and the vault's record schema derive from these. */
export const OTP_TYPES = ['totp', 'hotp'] as const;
export const OTP_ALGORITHMS = ['SHA1', 'SHA256', 'SHA512'] as const;
export type OtpType = (typeof OTP_TYPES)[number];
export type OtpAlgorithm = (typeof OTP_ALGORITHMS)[number];

/**
 * One authenticator entry. The secret stays as bytes everywhere so that Base32
 * text never lingers in memory longer than the moment it was typed or scanned.
 * `period` only matters for TOTP and `counter` only for HOTP; the unused one
 * holds its default (30 / 0) so that an account has exactly one URI form.
 */
export interface OtpAccount {
  type: OtpType;
  issuer: string;
  label: string;
  secret: Uint8Array;
  algorithm: OtpAlgorithm;
  digits: number;
  period: number;
  counter: number;
}

/**
 * RFC 4226 asks for at least 128 bits, but 80-bit (10-byte, 16 Base32 chars)
 * keys are widespread in the wild, so refusing them would lock users out.
 * otplib's own floor is 16 bytes; we lower it to this via its guardrails.
 * @see RFC 4226 §4 (R6: shared secret length)
 */
export const MIN_SECRET_BYTES = 10;
/**
 * Matches otplib's cap. Keys longer than the hash block (64 bytes for SHA-1 and
 * SHA-256) are hashed down first, so they add little beyond this.
 * @see RFC 2104 §2
 */
export const MAX_SECRET_BYTES = 64;

export const DEFAULT_ALGORITHM: OtpAlgorithm = 'SHA1';
export const DEFAULT_DIGITS = 6;
/** @see RFC 6238 §5.2 (30 seconds recommended) */
export const DEFAULT_PERIOD = 30;
export const MIN_DIGITS = 6;
export const MAX_DIGITS = 8;
export const MIN_PERIOD = 1;
export const MAX_PERIOD = 3600;
