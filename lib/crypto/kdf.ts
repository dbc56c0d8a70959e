// Passphrase → wrapping key, with PBKDF2-HMAC-SHA256 from WebCrypto.
import { asBufferSource, randomBytes, utf8Encode } from './bytes';
import { t } from '../i18n/t';
import { KdfPolicyError } from './errors';

/** @see OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256, 600,000 iterations. */
export const KDF_MIN_ITERATIONS = 600_000;

/**
 * The parameters are read from disk, so a hostile or damaged keyring could ask for billions of
 * iterations and pin the worker for hours on every unlock. Ten million is about 16 times the
 * floor: room to raise the cost for years, while the worst case stays a bounded wait.
 */
export const KDF_MAX_ITERATIONS = 10_000_000;

const SALT_BYTES = 16;

export type KdfParams = {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: Uint8Array;
};

/** Fresh parameters with a new random salt (a new salt on every passphrase change). */
export function newKdfParams(iterations: number = KDF_MIN_ITERATIONS): KdfParams {
  const params: KdfParams = {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations,
    salt: randomBytes(SALT_BYTES),
  };
  assertKdfPolicy(params);
  return params;
}

/**
 * The parameters travel with the stored data, so an attacker who can write to disk could lower
 * them to make a later brute force cheap; anything weaker or unknown is refused outright. An
 * absurdly high count is refused too (see KDF_MAX_ITERATIONS).
 */
export function assertKdfPolicy(params: {
  name: string;
  hash: string;
  iterations: number;
  salt: Uint8Array;
}): asserts params is KdfParams {
  if (params.name !== 'PBKDF2' || params.hash !== 'SHA-256') {
    throw new KdfPolicyError(t('cryptoKdfUnknown'));
  }
  if (!Number.isSafeInteger(params.iterations) || params.iterations < KDF_MIN_ITERATIONS) {
    throw new KdfPolicyError(t('cryptoKdfTooFewIterations', { min: String(KDF_MIN_ITERATIONS) }));
  }
  if (params.iterations > KDF_MAX_ITERATIONS) {
    throw new KdfPolicyError(t('cryptoKdfTooManyIterations', { max: String(KDF_MAX_ITERATIONS) }));
  }
  if (params.salt.length < SALT_BYTES) {
    throw new KdfPolicyError(t('cryptoKdfSaltTooShort'));
  }
}

/** Derives the non-extractable AES-GCM-256 key that wraps the vault's data key. */
export async function deriveWrappingKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  // Checked before any work, so a weakened record never costs (or reveals) anything.
  assertKdfPolicy(params);
  const baseKey = await crypto.subtle.importKey('raw', utf8Encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    {
      name: 'PBKDF2',
      hash: params.hash,
      iterations: params.iterations,
      salt: asBufferSource(params.salt),
    },
    baseKey,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
