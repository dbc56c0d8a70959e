/**
 * The passphrases of the Authenticator extension's encrypted backups. Every encrypted string is
 * CryptoJS passphrase AES (../crypto/cryptojs-passphrase.ts); what differs is the passphrase:
 * - v1: the user's password itself;
 * - v2: a top-level "key": { enc, hash }: enc decrypts with the password to random bytes, whose
 *   lowercase hex is the passphrase;
 * - v3: a record { dataType: "Key", id, salt, hash }: Argon2id(password, UTF-8 of salt, t = 2,
 *   m = 19 MiB, p = 1, 32 bytes) in standard Base64 without padding is the passphrase. The hash
 *   field is a PHC string whose m, t and p, when present, are the ones to use.
 * @see Authenticator-Extension/Authenticator src/store/Accounts.ts, src/models/password.ts, src/argon.ts
 */
import { utf8Encode } from '../../../crypto/bytes';
import { openCryptoJs, readCryptoJsSealed } from '../crypto/cryptojs-passphrase';
import type { Argon2Params } from '../crypto/kdf-limits';
import { argon2id } from '../crypto/slow-kdfs';
import { base64String, hexString } from '../file-encodings';
import { DamagedFileError, WrongPasswordError } from '../format-errors';
import { isObject, stringField, type JsonObject } from '../json-fields';
import { EXTENSION_BACKUP } from './extension-entries';

const ARGON2_MIN_SALT_BYTES = 8;

/** The extension's Argon2id settings (src/argon.ts). */
const DEFAULT_ARGON2: Argon2Params = { m: 19 * 1024, t: 2, p: 1 };

/** m, t and p of a PHC string "$argon2id$v=19$m=19456,t=2,p=1$salt$hash", or the defaults. */
export function argon2ParamsOf(encoded: string): Argon2Params {
  const match = /^\$argon2id\$(?:v=\d+\$)?m=(\d+),t=(\d+),p=(\d+)\$/u.exec(encoded);
  if (!match) return DEFAULT_ARGON2;
  return { m: Number(match[1]), t: Number(match[2]), p: Number(match[3]) };
}

/** v3: the passphrase of the entries sealed under this key record. */
export async function keyRecordPassphrase(key: JsonObject, password: string): Promise<string> {
  const salt = utf8Encode(stringField(key, 'salt'));
  // Argon2 takes no salt under 8 bytes (RFC 9106 §3.1), and the extension writes longer ones: a
  // shorter one is a damaged file, said as such, not the library's own refusal.
  if (salt.length < ARGON2_MIN_SALT_BYTES) throw new DamagedFileError(EXTENSION_BACKUP);
  const hash = await argon2id(utf8Encode(password), salt, argon2ParamsOf(stringField(key, 'hash')), 32, EXTENSION_BACKUP);
  return base64String(hash).replace(/=+$/u, '');
}

/** v2: the file's key object ({ enc, hash } under "key", or enc and hash at the top), if any. */
export function oldKeyOf(json: JsonObject): JsonObject | undefined {
  if (isObject(json.key) && typeof json.key.enc === 'string') return json.key;
  return typeof json.enc === 'string' && typeof json.hash === 'string' ? json : undefined;
}

/** v2: the passphrase the key object hides; WrongPasswordError when the password does not open it. */
export async function oldKeyPassphrase(key: JsonObject, password: string): Promise<string> {
  const sealed = readCryptoJsSealed(key.enc);
  if (!sealed) throw new DamagedFileError(EXTENSION_BACKUP);
  const plain = await openCryptoJs(sealed, password);
  if (!plain || plain.length === 0) throw new WrongPasswordError();
  return hexString(plain);
}
