/**
 * Base64 secrets (Amadis hands out `user_secret` as Base64 of 32 bytes).
 * @see RFC 4648 §4 (standard) and §5 (URL-safe alphabet)
 */
import { describeChar, OtpInputError } from './errors';

/** Decodes standard or URL-safe Base64, padded or not; throws OtpInputError('bad-base64'). */
export function decodeBase64(text: string): Uint8Array {
  // Both alphabets differ only in two characters, so fold URL-safe into standard.
  const clean = text.replace(/\s+/gu, '').replace(/=+$/u, '').replace(/-/gu, '+').replace(/_/gu, '/');
  // The folding above only touches valid characters, so `bad` is what the user typed.
  const bad = /[^A-Za-z0-9+/]/u.exec(clean);
  if (bad) {
    throw new OtpInputError(
      'bad-base64',
      `The secret is not valid Base64: it contains ${describeChar(bad[0])}.`,
    );
  }
  // One leftover character holds only 6 bits, never a whole byte. @see RFC 4648 §4
  if (clean.length % 4 === 1) {
    throw new OtpInputError(
      'bad-base64',
      'The secret is not valid Base64: it has the wrong length, a character may be missing.',
    );
  }
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
