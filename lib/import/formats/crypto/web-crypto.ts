/**
 * The decryptions and derivations the export formats need that WebCrypto has: AES-GCM, AES-CBC,
 * PBKDF2 and SHA-256. A failed authentication or padding check is `undefined`, never an exception,
 * so each format says in its own words whether that means a wrong password or a damaged file.
 */
import { asBufferSource } from '../../../crypto/bytes';
import { checkPbkdf2Iterations } from './kdf-limits';
import type { FileNoun } from '../format-errors';

const AES_KEY_BYTES = [16, 24, 32];

async function aesKey(raw: Uint8Array, name: 'AES-GCM' | 'AES-CBC'): Promise<CryptoKey> {
  if (!AES_KEY_BYTES.includes(raw.length)) throw new RangeError('An AES key is 16, 24 or 32 bytes.');
  return crypto.subtle.importKey('raw', asBufferSource(raw), { name }, false, ['decrypt']);
}

/**
 * AES-GCM with the 16-byte tag at the end of `sealed` (as Java, Go and Rust write it); undefined
 * when the tag does not verify. `aad` is the associated data, when the format binds one.
 */
export async function openAesGcm(key: Uint8Array, iv: Uint8Array, sealed: Uint8Array, aad?: Uint8Array): Promise<Uint8Array | undefined> {
  if (iv.length === 0 || sealed.length < 16) return undefined;
  const cryptoKey = await aesKey(key, 'AES-GCM');
  try {
    const params: AesGcmParams = { name: 'AES-GCM', iv: asBufferSource(iv), tagLength: 128 };
    if (aad) params.additionalData = asBufferSource(aad);
    return new Uint8Array(await crypto.subtle.decrypt(params, cryptoKey, asBufferSource(sealed)));
  } catch {
    return undefined;
  }
}

/** AES-CBC with PKCS#7 padding; undefined when the padding is wrong (a wrong key, most often). */
export async function openAesCbc(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Promise<Uint8Array | undefined> {
  if (iv.length !== 16 || ciphertext.length === 0 || ciphertext.length % 16 !== 0) return undefined;
  const cryptoKey = await aesKey(key, 'AES-CBC');
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv: asBufferSource(iv) }, cryptoKey, asBufferSource(ciphertext)));
  } catch {
    return undefined;
  }
}

/** PBKDF2-HMAC, bounded by ./kdf-limits.ts; `what` names the file should the count be damaged. */
export async function pbkdf2(
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  hash: 'SHA-1' | 'SHA-256',
  bytes: number,
  what: FileNoun,
): Promise<Uint8Array> {
  checkPbkdf2Iterations(iterations, what);
  const base = await crypto.subtle.importKey('raw', asBufferSource(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash, iterations, salt: asBufferSource(salt) }, base, bytes * 8);
  return new Uint8Array(bits);
}

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', asBufferSource(data)));
}
