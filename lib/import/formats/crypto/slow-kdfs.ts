/**
 * The derivations WebCrypto lacks: scrypt (Aegis), Argon2id (Proton Authenticator, the
 * Authenticator extension) and MD5 (CryptoJS's passphrase key). They come from @noble/hashes,
 * loaded with import() the first time a file needs one, so neither the management page's first
 * load nor any other part of the extension carries the library. Parameters are checked against
 * ./kdf-limits.ts before the library is even loaded.
 */
import { checkArgon2Params, checkScryptParams, KDF_MAX_MEMORY_BYTES, type Argon2Params, type ScryptParams } from './kdf-limits';
import type { FileNoun } from '../format-errors';

/** scrypt (RFC 7914), run in slices so the page stays responsive. */
export async function scrypt(password: Uint8Array, salt: Uint8Array, params: ScryptParams, dkLen: number, what: FileNoun): Promise<Uint8Array> {
  checkScryptParams(params, what);
  const { scryptAsync } = await import('@noble/hashes/scrypt.js');
  // The library's own memory ceiling, set to ours as a second guard.
  return scryptAsync(password, salt, { ...params, dkLen, maxmem: KDF_MAX_MEMORY_BYTES + 4096 });
}

/** Argon2id, version 0x13 (RFC 9106), run in slices so the page stays responsive. */
export async function argon2id(password: Uint8Array, salt: Uint8Array, params: Argon2Params, dkLen: number, what: FileNoun): Promise<Uint8Array> {
  checkArgon2Params(params, what);
  const { argon2idAsync } = await import('@noble/hashes/argon2.js');
  return argon2idAsync(password, salt, { ...params, dkLen, version: 0x13, maxmem: KDF_MAX_MEMORY_BYTES + 4096 });
}

/** MD5, only ever as CryptoJS's EVP_BytesToKey uses it (./cryptojs-passphrase.ts), never for integrity. */
export async function loadMd5(): Promise<(data: Uint8Array) => Uint8Array> {
  const { md5 } = await import('@noble/hashes/legacy.js');
  return (data) => md5(data);
}
