// AES-256-GCM sealing with WebCrypto. Every call draws a fresh IV: reusing an IV under one key
// breaks GCM's confidentiality and authenticity, so callers never choose it.
import { asBufferSource, randomBytes } from './bytes';
import { DecryptionError } from './errors';

/** @see NIST SP 800-38D §8.2: 96-bit IVs, generated at random. */
const IV_BYTES = 12;
/** AES-256. The one definition: the keyring and the session key check lengths against it. */
export const DATA_KEY_BYTES = 32;

export type Sealed = { iv: Uint8Array; ciphertext: Uint8Array };

/**
 * The data key is kept as raw bytes (not only a CryptoKey) so the background can park it in
 * storage.session and survive service-worker restarts without asking for the passphrase again.
 */
export function generateDataKey(): Uint8Array {
  return randomBytes(DATA_KEY_BYTES);
}

export async function importDataKey(raw: Uint8Array): Promise<CryptoKey> {
  // Refuse AES-128/192-sized keys that WebCrypto would otherwise accept silently.
  if (raw.length !== DATA_KEY_BYTES) {
    throw new RangeError(`The data key must be ${DATA_KEY_BYTES} bytes.`);
  }
  return crypto.subtle.importKey('raw', asBufferSource(raw), { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** The AAD binds a ciphertext to its purpose and place, so it cannot be replayed elsewhere. */
export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: asBufferSource(aad) },
    key,
    asBufferSource(plaintext),
  );
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

export async function open(key: CryptoKey, sealed: Sealed, aad: Uint8Array): Promise<Uint8Array> {
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: asBufferSource(sealed.iv), additionalData: asBufferSource(aad) },
      key,
      asBufferSource(sealed.ciphertext),
    );
    return new Uint8Array(plaintext);
  } catch (error) {
    // WebCrypto reports every failure as a bare OperationError; give callers one typed error.
    throw new DecryptionError(undefined, { cause: error });
  }
}
