// Key derivations for the property tests, with bounded work whatever a generated file asks. The
// real derivation runs for settings no costlier than the apps write (so the fixtures still open),
// once for each set of inputs; settings the limits allow but no app writes get a quick stand-in
// key instead, after the same limit checks the product makes. A file written with the apps'
// settings and then given other ones opens with neither key, so the outcome is the same kind
// (a wrong password, a damaged file) as with the real, slow derivation.
import { createHash } from 'node:crypto';
import type * as SlowKdfs from '../../../../lib/import/formats/crypto/slow-kdfs';
import type * as WebCrypto from '../../../../lib/import/formats/crypto/web-crypto';
import { checkArgon2Params, checkPbkdf2Iterations, checkScryptParams } from '../../../../lib/import/formats/crypto/kdf-limits';

/** The costliest settings the apps write: Aegis's scrypt, Argon2id of Proton and the extension, andOTP's PBKDF2. */
const APP_SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
const APP_ARGON2 = { m: 19 * 1024, t: 2, p: 1 };
const APP_PBKDF2_ITERATIONS = 160_000;

/** What the derivations of the current read cost: counted by the tests, reset by them. */
export const kdfWork = { slowRuns: 0, pbkdf2Runs: 0, realRuns: 0 };

const memo = new Map<string, Promise<Uint8Array>>();

function keyOf(parts: readonly (Uint8Array | string | number)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'object' ? Buffer.from(part) : String(part)).update('\u0000');
  return hash.digest('hex');
}

/** The real derivation once for each inputs: fixtures derive the same key on every run. */
function remembered(parts: readonly (Uint8Array | string | number)[], derive: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const key = keyOf(parts);
  if (!memo.has(key)) {
    kdfWork.realRuns++;
    memo.set(key, derive());
  }
  return memo.get(key)!;
}

/** A key no derivation of the apps' files gives: bytes of a hash of every input. */
function standIn(parts: readonly (Uint8Array | string | number)[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let at = 0; at < length; at += 32) out.set(Buffer.from(keyOf([...parts, at]), 'hex').subarray(0, length - at), at);
  return out;
}

export function boundedSlowKdfs(real: typeof SlowKdfs): typeof SlowKdfs {
  return {
    ...real,
    async scrypt(password, salt, params, dkLen, what) {
      kdfWork.slowRuns++;
      checkScryptParams(params, what);
      const parts = ['scrypt', password, salt, params.N, params.r, params.p, dkLen];
      if (params.N * params.r * params.p > APP_SCRYPT.N * APP_SCRYPT.r * APP_SCRYPT.p) return standIn(parts, dkLen);
      return remembered(parts, () => real.scrypt(password, salt, params, dkLen, what));
    },
    async argon2id(password, salt, params, dkLen, what) {
      kdfWork.slowRuns++;
      checkArgon2Params(params, what);
      const parts = ['argon2id', password, salt, params.m, params.t, params.p, dkLen];
      if (params.m * params.t > APP_ARGON2.m * APP_ARGON2.t || params.p > APP_ARGON2.p) return standIn(parts, dkLen);
      return remembered(parts, () => real.argon2id(password, salt, params, dkLen, what));
    },
  };
}

export function boundedWebCrypto(real: typeof WebCrypto): typeof WebCrypto {
  return {
    ...real,
    async pbkdf2(password, salt, iterations, hash, bytes, what) {
      kdfWork.pbkdf2Runs++;
      checkPbkdf2Iterations(iterations, what);
      const parts = ['pbkdf2', password, salt, iterations, hash, bytes];
      if (iterations > APP_PBKDF2_ITERATIONS) return standIn(parts, bytes);
      return remembered(parts, () => real.pbkdf2(password, salt, iterations, hash, bytes, what));
    },
  };
}
