/**
 * Google Authenticator's export links: `otpauth-migration://offline?data=<base64 protobuf>`.
 * One link holds several accounts; large exports span several links (QR codes) with one batch id.
 * @see docs/api-contract.md §3
 */
import { t } from '../i18n/t';
import { decodeBase64 } from './base64';
import { OtpUriError, toUriError } from './errors';
import { damagedExport, readMigrationPayload, type RawMigrationPayload, type RawOtpParameters } from './migration-wire';
import { DEFAULT_DIGITS, DEFAULT_PERIOD, type OtpAccount, type OtpAlgorithm, type OtpType } from './types';
import { validateOtpAccount } from './validate';

/** Where a link sits in its export. `batchIndex` counts from 0, as the payload does. */
export interface MigrationBatch {
  version: number;
  /** How many links the export has (1 when the payload leaves it unset). */
  batchSize: number;
  batchIndex: number;
  batchId: number;
}

/** One account of an export: usable, or not, with the names to show and the reason. */
export type MigrationEntry =
  | { ok: true; account: OtpAccount }
  | { ok: false; issuer: string; label: string; error: OtpUriError };

export interface MigrationExport {
  entries: MigrationEntry[];
  batch: MigrationBatch;
}

const SCHEME = /^otpauth-migration:\/\//iu;
/** scheme://host[/]?query#fragment */
const URI_SHAPE = /^otpauth-migration:\/\/([^/?#]*)\/?(?:\?([^#]*))?(?:#.*)?$/isu;

const ALGORITHMS = new Map<number, OtpAlgorithm>([
  [0, 'SHA1'],
  [1, 'SHA1'],
  [2, 'SHA256'],
  [3, 'SHA512'],
]);
const MD5 = 4;
const DIGITS = new Map<number, number>([
  [0, DEFAULT_DIGITS],
  [1, 6],
  [2, 8],
]);
/** Unspecified means TOTP: that is what the app exports for time-based keys. */
const TYPES = new Map<number, OtpType>([
  [0, 'totp'],
  [1, 'hotp'],
  [2, 'totp'],
]);
const MAX_COUNTER = BigInt(Number.MAX_SAFE_INTEGER);

export function isMigrationUri(text: string): boolean {
  return SCHEME.test(text.trim());
}

/**
 * The `data` parameter, percent-decoded. '+' stays '+': it is Base64, not form text. A space can
 * only be a '+' that a form decoder already turned into one (Base64 has no spaces).
 */
function readData(query: string): string {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).toLowerCase() !== 'data') continue;
    try {
      return decodeURIComponent(pair.slice(eq + 1)).replace(/ /gu, '+');
    } catch {
      throw new OtpUriError('bad-encoding', t('otpLinkBadEncoding'));
    }
  }
  return '';
}

/**
 * The app writes names as `issuer:account` like otpauth labels. The prefix becomes the issuer
 * when there is none; when it repeats the issuer it is dropped; any other colon is the name's own.
 */
function splitName(name: string, issuerField: string): { issuer: string; label: string } {
  const issuer = issuerField.trim();
  const at = name.indexOf(':');
  const prefix = at < 0 ? '' : name.slice(0, at).trim();
  const rest = at < 0 ? '' : name.slice(at + 1).trim();
  if (rest !== '' && (issuer === '' || prefix.toLowerCase() === issuer.toLowerCase())) {
    return { issuer: issuer || prefix, label: rest };
  }
  // A key saved with an issuer but no name is still usable: the issuer names it.
  return { issuer, label: name.trim() || issuer };
}

function readEntry(raw: RawOtpParameters): OtpAccount {
  if (raw.algorithm === MD5) {
    throw new OtpUriError('unsupported-algorithm', t('otpMigrationMd5'));
  }
  const algorithm = ALGORITHMS.get(raw.algorithm);
  if (!algorithm) throw new OtpUriError('unknown-algorithm', t('otpMigrationUnknownAlgorithm'));
  const digits = DIGITS.get(raw.digits);
  if (digits === undefined) throw new OtpUriError('bad-digits', t('otpMigrationUnknownDigits'));
  const type = TYPES.get(raw.type);
  if (!type) throw new OtpUriError('bad-type', t('otpMigrationUnknownType'));
  if (type === 'hotp' && (raw.counter < 0n || raw.counter > MAX_COUNTER)) {
    throw new OtpUriError('bad-counter', t('otpMigrationCounterRange'));
  }
  const account: OtpAccount = {
    type,
    ...splitName(raw.name, raw.issuer),
    secret: raw.secret,
    algorithm,
    digits,
    // The format has no period: the app always uses 30 s. TOTP keeps no counter.
    period: DEFAULT_PERIOD,
    counter: type === 'hotp' ? Number(raw.counter) : 0,
  };
  validateOtpAccount(account);
  return account;
}

function toEntry(raw: RawOtpParameters): MigrationEntry {
  try {
    return { ok: true, account: readEntry(raw) };
  } catch (error) {
    const uriError = toUriError(error);
    if (!(uriError instanceof OtpUriError)) throw uriError;
    return { ok: false, ...splitName(raw.name, raw.issuer), error: uriError };
  }
}

function decodePayload(base64: string): RawMigrationPayload {
  try {
    return readMigrationPayload(decodeBase64(base64));
  } catch (error) {
    // The payload's own refusals (too many accounts) say what is wrong. Otherwise, which byte was
    // wrong helps nobody, and a Base64 message would speak of "the secret".
    if (error instanceof OtpUriError) throw error;
    throw damagedExport();
  }
}

function readExport(uri: string): MigrationExport {
  const match = URI_SHAPE.exec(uri.trim());
  if (!match || (match[1] ?? '').toLowerCase() !== 'offline') {
    throw new OtpUriError('bad-migration', t('otpNotMigrationOfflineLink'));
  }
  const data = readData(match[2] ?? '');
  if (data.trim() === '') throw new OtpUriError('bad-migration', t('otpMigrationNoData'));
  const payload = decodePayload(data);
  const batchSize = payload.batchSize === 0 ? 1 : payload.batchSize;
  if (batchSize < 0 || payload.batchIndex < 0 || payload.batchIndex >= batchSize) {
    throw new OtpUriError('bad-migration', t('otpMigrationBadBatch'));
  }
  return {
    entries: payload.parameters.map(toEntry),
    batch: { version: payload.version, batchSize, batchIndex: payload.batchIndex, batchId: payload.batchId },
  };
}

/**
 * Reads an export link into its accounts. A damaged link throws; an account that cannot be used
 * (MD5, a short secret…) is an entry with its reason, so the rest of the export still imports.
 * Every failure is an OtpUriError whose message is one sentence for users, never naming a secret.
 */
export function parseMigrationUri(uri: string): MigrationExport {
  if (!isMigrationUri(uri)) {
    throw new OtpUriError('bad-scheme', t('otpNotMigrationLink'));
  }
  try {
    return readExport(uri);
  } catch (error) {
    throw error instanceof OtpUriError ? error : damagedExport();
  }
}
