/**
 * How much key-derivation work a file may ask of the page. The parameters come from the file, so a
 * damaged or hostile one could ask for hours of work or more memory than the tab has: anything
 * beyond these limits is refused with a sentence before any work starts. Each limit leaves ample
 * room above what the apps write today (noted beside it).
 */
import { t } from '../../../i18n/t';
import { DamagedFileError, KdfLimitError, type FileNoun } from '../format-errors';

/** PBKDF2 (WebCrypto): 2FAS writes 10,000, andOTP 140,000–160,000. Ten million takes seconds. */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

/** scrypt: Aegis writes N = 2^15, r = 8, p = 1 (32 MiB). */
export const SCRYPT_MAX_N = 2 ** 20;
export const SCRYPT_MAX_R = 32;
export const SCRYPT_MAX_P = 4;

/**
 * Memory, for scrypt (128·r·N bytes) and Argon2 (m KiB) alike: Argon2id of Proton Authenticator
 * and of the Authenticator extension uses 19 MiB, Aegis's scrypt 32 MiB. 256 MiB is what a tab
 * can still allocate on a modest computer.
 */
export const KDF_MAX_MEMORY_BYTES = 256 * 1024 * 1024;

/** Argon2 passes and lanes: both apps write t = 2, p = 1. */
export const ARGON2_MAX_PASSES = 10;
export const ARGON2_MAX_LANES = 16;

/**
 * Slow derivations (scrypt, Argon2id) one file may ask for, each with its own salt or settings:
 * Aegis writes one password slot (two with a backup password), the Authenticator extension one
 * key record. A file with more would multiply the cost that each limit above bounds.
 */
export const KDF_MAX_RUNS = 4;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export interface Argon2Params {
  /** Memory in KiB, as Argon2 counts it. */
  m: number;
  t: number;
  p: number;
}

const whole = (value: number, min: number) => Number.isSafeInteger(value) && value >= min;

/** A count of iterations the file gives: `what` names the file for a damaged one ("This andOTP backup"). */
export function checkPbkdf2Iterations(iterations: number, what: FileNoun): void {
  if (!whole(iterations, 1)) throw new DamagedFileError(what);
  if (iterations > PBKDF2_MAX_ITERATIONS) throw new KdfLimitError(t('importKdfPbkdf2Iterations', { max: PBKDF2_MAX_ITERATIONS }));
}

export function checkScryptParams({ N, r, p }: ScryptParams, what: FileNoun): void {
  // N must be a power of two above 1 (RFC 7914 §2); zero or fractional values are damage.
  if (!whole(N, 2) || (N & (N - 1)) !== 0 || !whole(r, 1) || !whole(p, 1)) throw new DamagedFileError(what);
  if (N > SCRYPT_MAX_N) throw new KdfLimitError(t('importKdfScryptN'));
  if (r > SCRYPT_MAX_R || p > SCRYPT_MAX_P) throw new KdfLimitError(t('importKdfScryptRp'));
  if (128 * r * N > KDF_MAX_MEMORY_BYTES) throw new KdfLimitError(t('importKdfScryptMemory'));
}

/** `runs` derivations of one file, counted before the first of them (`what` e.g. "password slots"). */
export function checkKdfRuns(runs: number, what: 'key records' | 'password slots'): void {
  if (runs <= KDF_MAX_RUNS) return;
  throw new KdfLimitError(
    what === 'key records' ? t('importKdfKeyRecords', { max: KDF_MAX_RUNS }) : t('importKdfPasswordSlots', { max: KDF_MAX_RUNS }),
  );
}

export function checkArgon2Params({ m, t: passes, p }: Argon2Params, what: FileNoun): void {
  // RFC 9106 §3.1: at least 8·p KiB of memory, one pass and one lane.
  if (!whole(passes, 1) || !whole(p, 1) || !whole(m, 8 * p)) throw new DamagedFileError(what);
  if (m * 1024 > KDF_MAX_MEMORY_BYTES) throw new KdfLimitError(t('importKdfArgon2Memory'));
  if (passes > ARGON2_MAX_PASSES || p > ARGON2_MAX_LANES) throw new KdfLimitError(t('importKdfArgon2PassesLanes'));
}
