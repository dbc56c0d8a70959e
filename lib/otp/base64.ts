/**
 * Base64 secrets (Amadis hands out `user_secret` as Base64 of 32 bytes).
 * @see RFC 4648 §4 (standard) and §5 (URL-safe alphabet)
 */
import { t } from '../i18n/t';
import { OtpInputError } from './errors';

/** Standard and URL-safe alphabets together; the two differ only in `+/` vs `-_`. */
const ALLOWED = /^[A-Za-z0-9+/_-]$/u;
const SPACE = /^\s$/u;
const TRAILING_NOISE = /^[=\s]$/u;

/**
 * Strips spaces and padding and folds URL-safe into standard. A bad character
 * is reported by its position in the text as given (1-based, counting
 * characters), never by value: the message may be logged, and it is a seed's.
 */
function normaliseBase64(text: string): string {
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && TRAILING_NOISE.test(chars[end - 1] ?? '')) end -= 1;
  let clean = '';
  for (let index = 0; index < end; index++) {
    const char = chars[index] ?? '';
    if (SPACE.test(char)) continue;
    if (!ALLOWED.test(char)) {
      throw new OtpInputError(
        'bad-base64',
        t('otpBase64BadCharacter', { position: String(index + 1) }),
      );
    }
    clean += char === '-' ? '+' : char === '_' ? '/' : char;
  }
  return clean;
}

/** Decodes standard or URL-safe Base64, padded or not; throws OtpInputError('bad-base64'). */
export function decodeBase64(text: string): Uint8Array {
  const clean = normaliseBase64(text);
  // One leftover character holds only 6 bits, never a whole byte. @see RFC 4648 §4
  if (clean.length % 4 === 1) {
    throw new OtpInputError(
      'bad-base64',
      t('otpBase64BadLength'),
    );
  }
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
