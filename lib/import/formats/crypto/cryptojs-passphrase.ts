/**
 * CryptoJS's "passphrase" AES, as the Authenticator extension encrypts its backups:
 * Base64 of "Salted__" ‖ 8-byte salt ‖ AES-256-CBC ciphertext (PKCS#7), with key and IV from
 * OpenSSL's EVP_BytesToKey (MD5, one round): D1 = MD5(pass ‖ salt), Di = MD5(Di-1 ‖ pass ‖ salt),
 * key = the first 32 bytes, IV = the next 16. There is no authentication: a wrong passphrase shows
 * as bad padding (255 times in 256) or as text that is not what was expected.
 * @see OpenSSL EVP_BytesToKey(3); crypto-js cipher-core.js (OpenSSLFormatter, OpenSSLKdf)
 */
import { concatBytes, utf8Encode } from '../../../crypto/bytes';
import { base64Bytes } from '../file-encodings';
import { loadMd5 } from './slow-kdfs';
import { openAesCbc } from './web-crypto';

const MAGIC = [0x53, 0x61, 0x6c, 0x74, 0x65, 0x64, 0x5f, 0x5f]; // "Salted__"

export interface CryptoJsSealed {
  salt: Uint8Array;
  ciphertext: Uint8Array;
}

/** The parts of a CryptoJS string, or undefined when it is not one (a damaged file). */
export function readCryptoJsSealed(text: unknown): CryptoJsSealed | undefined {
  const bytes = base64Bytes(text);
  if (!bytes || bytes.length < 32 || (bytes.length - 16) % 16 !== 0) return undefined;
  if (!MAGIC.every((byte, index) => bytes[index] === byte)) return undefined;
  return { salt: bytes.subarray(8, 16), ciphertext: bytes.subarray(16) };
}

/** The plaintext bytes, or undefined when the padding is wrong (a wrong passphrase, most often). */
export async function openCryptoJs(sealed: CryptoJsSealed, passphrase: string): Promise<Uint8Array | undefined> {
  const md5 = await loadMd5();
  const pass = utf8Encode(passphrase);
  const derived: Uint8Array[] = [];
  let block: Uint8Array = new Uint8Array(0);
  for (let length = 0; length < 48; length += 16) {
    block = md5(concatBytes(block, pass, sealed.salt));
    derived.push(block);
  }
  const keyAndIv = concatBytes(...derived);
  return openAesCbc(keyAndIv.subarray(0, 32), keyAndIv.subarray(32, 48), sealed.ciphertext);
}
