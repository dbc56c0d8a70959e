/**
 * Proton Authenticator's password-protected export: { version: 1, salt, content }, salt being 16
 * bytes and content nonce (12 bytes) ‖ AES-256-GCM ciphertext ‖ tag, both standard Base64. The key
 * is Argon2id(password, salt, m = 19 MiB, t = 2, p = 1, 32 bytes), constants not written in the
 * file; the associated data is "proton.authenticator.export.v1".
 * @see protonpass/proton-pass-common proton-authenticator/src/entry/password_exporter.rs, src/crypto.rs
 */
import { utf8Decode, utf8Encode } from '../../../crypto/bytes';
import { argon2id } from '../crypto/slow-kdfs';
import { openAesGcm } from '../crypto/web-crypto';
import { base64Bytes } from '../file-encodings';
import { DamagedFileError, WrongPasswordError } from '../format-errors';
import type { JsonObject } from '../json-fields';
import { PROTON_EXPORT } from './proton-entries';

const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const ARGON2 = { m: 19 * 1024, t: 2, p: 1 };
const AAD = utf8Encode('proton.authenticator.export.v1');

/** The export inside, parsed; WrongPasswordError when the password does not open it. */
export async function decryptProtonExport(json: JsonObject, password: string): Promise<unknown> {
  const salt = base64Bytes(json.salt);
  const content = base64Bytes(json.content);
  if (salt?.length !== SALT_BYTES || !content || content.length < NONCE_BYTES + 16) throw new DamagedFileError(PROTON_EXPORT);
  const key = await argon2id(utf8Encode(password), salt, ARGON2, 32, PROTON_EXPORT);
  const plain = await openAesGcm(key, content.subarray(0, NONCE_BYTES), content.subarray(NONCE_BYTES), AAD);
  if (!plain) throw new WrongPasswordError();
  try {
    return JSON.parse(utf8Decode(plain)) as unknown;
  } catch {
    throw new DamagedFileError(PROTON_EXPORT);
  }
}
