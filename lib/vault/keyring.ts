// The keyring record: the random data key, wrapped (AES-GCM) by a key derived from the passphrase.
// Changing the passphrase re-wraps this one record; account records are never touched.
import { DATA_KEY_BYTES, open, seal } from '../crypto/aes-gcm';
import { utf8Encode } from '../crypto/bytes';
import { DecryptionError, WrongPassphraseError } from '../crypto/errors';
import { assertKdfPolicy, deriveWrappingKey, type KdfParams } from '../crypto/kdf';
import { VaultCorruptError } from './errors';
import type { KeyringRecord } from './schemas';

/** Versioned AAD: a wrapped key cannot be mistaken for any other ciphertext the vault holds. */
const KEYRING_AAD = utf8Encode('otp-vault/keyring/v1');

export async function wrapDataKey(
  passphrase: string,
  dataKey: Uint8Array,
  kdf: KdfParams,
  createdAt: number,
): Promise<KeyringRecord> {
  const wrappingKey = await deriveWrappingKey(passphrase, kdf);
  const wrappedKey = await seal(wrappingKey, dataKey, KEYRING_AAD);
  return { version: 1, kdf: { ...kdf }, wrappedKey, createdAt };
}

/**
 * Refuses weak stored KDF settings before deriving anything (KdfPolicyError).
 * AES-GCM cannot tell a wrong passphrase from an altered wrapped key or salt: both fail the tag
 * check. Both are reported as WrongPassphraseError (the DecryptionError is kept as `cause`),
 * because that is by far the likelier case and the user can act on it.
 */
export async function unwrapDataKey(
  passphrase: string,
  record: KeyringRecord,
): Promise<Uint8Array> {
  const kdf = record.kdf;
  assertKdfPolicy(kdf);
  const wrappingKey = await deriveWrappingKey(passphrase, kdf);
  let dataKey: Uint8Array;
  try {
    dataKey = await open(wrappingKey, record.wrappedKey, KEYRING_AAD);
  } catch (error) {
    if (error instanceof DecryptionError) throw new WrongPassphraseError({ cause: error });
    throw error;
  }
  if (dataKey.length !== DATA_KEY_BYTES) throw new VaultCorruptError('keyring');
  return dataKey;
}
