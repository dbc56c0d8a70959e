/**
 * andOTP's encrypted backups (otp_accounts.json.aes), raw bytes with no marker of their layout:
 * - current: iterations (int32, big-endian) ‖ salt (12 bytes) ‖ IV (12) ‖ ciphertext ‖ tag (16),
 *   AES-256-GCM under PBKDF2-HMAC-SHA1(password, salt, iterations, 256 bits);
 * - older: IV (12) ‖ ciphertext ‖ tag (16), AES-256-GCM under SHA-256(password).
 * The current layout is tried first, then the older one, as andOTP's own restore offers both.
 * @see andOTP/andOTP app/…/Utilities/BackupHelper.java, EncryptionHelper.java, Constants.java
 */
import { utf8Encode } from '../../../crypto/bytes';
import { PBKDF2_MAX_ITERATIONS } from '../crypto/kdf-limits';
import { openAesGcm, pbkdf2, sha256 } from '../crypto/web-crypto';
import { WrongPasswordError } from '../format-errors';
import { ANDOTP_BACKUP } from './andotp-entries';

const ITERATIONS_BYTES = 4;
const SALT_BYTES = 12;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The shortest backup there can be: the older layout's IV, an empty array ("[]") and the tag. */
export const ANDOTP_MIN_BYTES = IV_BYTES + 2 + TAG_BYTES;
const CURRENT_HEADER_BYTES = ITERATIONS_BYTES + SALT_BYTES + IV_BYTES;

/** The header's iteration count, whether or not the file has the current layout. */
export function andOtpIterations(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(0);
}

/** Whether the first four bytes can be the current layout's count (andOTP writes 140,000–160,000). */
export function plausibleIterations(iterations: number): boolean {
  return iterations >= 1 && iterations <= PBKDF2_MAX_ITERATIONS;
}

async function openCurrent(bytes: Uint8Array, password: Uint8Array): Promise<Uint8Array | undefined> {
  const iterations = andOtpIterations(bytes);
  // A count beyond the limit is no current-layout file (or a hostile one): only the older layout is tried.
  if (!plausibleIterations(iterations) || bytes.length < CURRENT_HEADER_BYTES + TAG_BYTES) return undefined;
  const salt = bytes.subarray(ITERATIONS_BYTES, ITERATIONS_BYTES + SALT_BYTES);
  const iv = bytes.subarray(ITERATIONS_BYTES + SALT_BYTES, ITERATIONS_BYTES + SALT_BYTES + IV_BYTES);
  const key = await pbkdf2(password, salt, iterations, 'SHA-1', 32, ANDOTP_BACKUP);
  return openAesGcm(key, iv, bytes.subarray(CURRENT_HEADER_BYTES));
}

async function openOlder(bytes: Uint8Array, password: Uint8Array): Promise<Uint8Array | undefined> {
  if (bytes.length < IV_BYTES + TAG_BYTES) return undefined;
  return openAesGcm(await sha256(password), bytes.subarray(0, IV_BYTES), bytes.subarray(IV_BYTES));
}

/**
 * The backup's JSON bytes. GCM cannot tell a wrong password from an altered file, and the
 * layouts carry no marker: when neither opens, the password is said not to open the file.
 */
export async function decryptAndOtpBackup(bytes: Uint8Array, password: string): Promise<Uint8Array> {
  const secret = utf8Encode(password);
  const plain = (await openCurrent(bytes, secret)) ?? (await openOlder(bytes, secret));
  if (!plain) throw new WrongPasswordError();
  return plain;
}
