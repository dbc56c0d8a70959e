/**
 * otplib CryptoPlugin backed by WebCrypto. otplib's noble plugin would ship a
 * JS SHA implementation; the browser already has one, and the background
 * bundle has a 45 KB gzip budget.
 *
 * No CryptoKey cache on purpose: a key cached per secret (say in a WeakMap keyed
 * by the secret's bytes) lives as long as anything still holds that account
 * object, so it could outlive a vault lock, which only drops the vault's own
 * references. importKey costs microseconds; a fresh key per code is cheap.
 */
import type { CryptoPlugin, HashAlgorithm } from '@otplib/core';

/** @see RFC 4226 §5.2 (HMAC-SHA-1) and RFC 6238 §1.2 (SHA-256/SHA-512 variants) */
const WEBCRYPTO_HASH: Record<HashAlgorithm, string> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha512: 'SHA-512',
};

/** Copies into a fresh ArrayBuffer-backed view, which is what WebCrypto's types demand. */
function toBufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

/** @see RFC 2104 §2 (HMAC) */
async function webCryptoHmac(algorithm: HashAlgorithm, key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    toBufferSource(key),
    { name: 'HMAC', hash: WEBCRYPTO_HASH[algorithm] },
    false,
    ['sign'],
  );
  const signature = await crypto.subtle.sign('HMAC', cryptoKey, toBufferSource(data));
  return new Uint8Array(signature);
}

function webCryptoRandomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/**
 * Compares without an early exit so timing does not reveal how many leading
 * characters of a guessed code were right. Length may leak; codes have a public length.
 */
function constantTimeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const encoder = new TextEncoder();
  const left = typeof a === 'string' ? encoder.encode(a) : a;
  const right = typeof b === 'string' ? encoder.encode(b) : b;
  if (left.length !== right.length) return false;
  let diff = 0;
  for (let i = 0; i < left.length; i++) diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return diff === 0;
}

export const webCryptoPlugin: CryptoPlugin = {
  name: 'webcrypto',
  algorithms: ['sha1', 'sha256', 'sha512'],
  hmac: webCryptoHmac,
  randomBytes: webCryptoRandomBytes,
  constantTimeEqual,
};
