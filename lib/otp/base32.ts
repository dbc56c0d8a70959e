/**
 * Base32 as used by otpauth secrets.
 * @see RFC 4648 §6
 */
import { t } from '../i18n/t';
import { OtpInputError } from './errors';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Lengths (mod 8) a real encoding can never have: 1, 3 and 6 leftover
 * characters would carry fewer bits than one more byte needs.
 * @see RFC 4648 §6 (final quantum cases)
 */
const IMPOSSIBLE_REMAINDERS = new Set([1, 3, 6]);

/**
 * Users copy secrets from web pages in groups ("jbsw y3dp"), with dashes, in
 * lowercase, or padded; all of that is noise around the same key.
 */
const SEPARATOR = /^[\s-]$/u;
const TRAILING_NOISE = /^[=\s-]$/u;

/**
 * Strips the noise and uppercases. A bad character is reported by its position
 * in the text as given (1-based, counting characters), never by value: the
 * message is shown and may be logged, and the character is part of a seed.
 */
function normaliseBase32(text: string): string {
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && TRAILING_NOISE.test(chars[end - 1] ?? '')) end -= 1;
  let clean = '';
  for (let index = 0; index < end; index++) {
    const char = chars[index] ?? '';
    if (SEPARATOR.test(char)) continue;
    const upper = char.toUpperCase();
    // toUpperCase can expand ('ß' → 'SS'): only a single alphabet letter counts.
    if (upper.length !== 1 || !ALPHABET.includes(upper)) {
      throw new OtpInputError(
        'bad-base32',
        t('otpBase32BadCharacter', { position: String(index + 1) }),
      );
    }
    clean += upper;
  }
  return clean;
}

/** Decodes a Base32 secret as a user typed it; throws OtpInputError('bad-base32'). */
export function decodeBase32(text: string): Uint8Array {
  const clean = normaliseBase32(text);
  if (IMPOSSIBLE_REMAINDERS.has(clean.length % 8)) {
    throw new OtpInputError(
      'bad-base32',
      t('otpBase32BadLength'),
    );
  }
  const bytes = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    buffer = ((buffer << 5) | ALPHABET.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Encodes bytes as uppercase Base32 without padding, the form otpauth links use. */
export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Base32 in upper case, in groups of four, as people copy it by hand into an authenticator app. */
export function groupedBase32(secret: Uint8Array): string {
  return (encodeBase32(secret).match(/.{1,4}/gu) ?? []).join(' ');
}
