/**
 * otpauth:// links, the format behind authenticator QR codes.
 * @see https://github.com/google/google-authenticator/wiki/Key-Uri-Format
 */
import { t } from '../i18n/t';
import { decodeBase32, encodeBase32 } from './base32';
import { OtpUriError, toUriError } from './errors';
import { DEFAULT_ALGORITHM, DEFAULT_DIGITS, DEFAULT_PERIOD, type OtpAccount } from './types';
import {
  checkCounter,
  checkDigits,
  checkPeriod,
  checkType,
  parseAlgorithm,
  parseWholeNumber,
  validateOtpAccount,
} from './validate';

/** scheme://type/label?query#fragment; every part after the scheme may be empty. */
const URI_SHAPE = /^otpauth:\/\/([^/?#]*)(?:\/([^?#]*))?(?:\?([^#]*))?(?:#.*)?$/isu;

/** decodeURIComponent throws a bare URIError on a broken escape; users need a sentence. */
function decodePart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new OtpUriError('bad-encoding', t('otpLinkBadEncoding'));
  }
}

/**
 * The label is `issuer:account` or `account`, the separator a literal ':' or
 * '%3A'. A literal ':' wins because formatOtpauthUri writes one and encodes
 * any ':' inside names as %3A.
 * @see Key Uri Format, "Label"
 */
function splitLabel(rawLabel: string): { prefix: string; account: string } {
  let at = rawLabel.indexOf(':');
  let width = 1;
  if (at < 0) {
    at = rawLabel.search(/%3A/iu);
    width = 3;
  }
  if (at < 0) return { prefix: '', account: decodePart(rawLabel).trim() };
  return {
    prefix: decodePart(rawLabel.slice(0, at)).trim(),
    account: decodePart(rawLabel.slice(at + width)).trim(),
  };
}

/**
 * Query values follow form encoding ('+' is a space), like URLSearchParams,
 * but a broken escape is an error instead of being kept as text. First value wins.
 */
function readQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodePart((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/gu, ' ')).toLowerCase();
    const value = eq < 0 ? '' : decodePart(pair.slice(eq + 1).replace(/\+/gu, ' '));
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

/** Optional parameters given empty ("digits=") count as absent, as most apps treat them. */
function optional(params: Map<string, string>, key: string): string | undefined {
  const value = params.get(key)?.trim();
  return value === '' ? undefined : value;
}

function readAccount(uri: string): OtpAccount {
  const match = URI_SHAPE.exec(uri.trim());
  if (!match) throw new OtpUriError('bad-scheme', t('otpNotOtpauthLink'));
  const type = (match[1] ?? '').toLowerCase();
  try {
    checkType(type);
  } catch {
    throw new OtpUriError('bad-type', t('otpLinkBadType'));
  }
  const { prefix, account: label } = splitLabel(match[2] ?? '');
  if (label === '') throw new OtpUriError('bad-label', t('otpLinkNoLabel'));
  const params = readQuery(match[3] ?? '');

  const secretText = params.get('secret') ?? '';
  if (secretText.replace(/[\s=-]+/gu, '') === '') throw new OtpUriError('missing-secret', t('otpLinkNoSecret'));
  const algorithmText = optional(params, 'algorithm');
  const digitsText = optional(params, 'digits');
  const periodText = optional(params, 'period');
  const counterText = optional(params, 'counter');

  const account: OtpAccount = {
    type,
    // The issuer parameter is the newer, unambiguous field. @see Key Uri Format, "Issuer"
    issuer: optional(params, 'issuer') ?? prefix,
    label,
    secret: decodeBase32(secretText),
    algorithm: algorithmText === undefined ? DEFAULT_ALGORITHM : parseAlgorithm(algorithmText),
    digits: digitsText === undefined ? DEFAULT_DIGITS : parseWholeNumber(digitsText),
    period: DEFAULT_PERIOD,
    counter: 0,
  };
  checkDigits(account.digits);
  if (type === 'totp' && periodText !== undefined) {
    account.period = parseWholeNumber(periodText);
    checkPeriod(account.period);
  }
  if (type === 'hotp') {
    // @see Key Uri Format, "Counter": REQUIRED if type is hotp
    if (counterText === undefined) throw new OtpUriError('missing-counter', t('otpLinkNoCounter'));
    account.counter = parseWholeNumber(counterText);
    checkCounter(account.counter);
  }
  validateOtpAccount(account);
  return account;
}

/** Reads an otpauth:// link; every failure is an OtpUriError with a user-facing message. */
export function parseOtpauthUri(uri: string): OtpAccount {
  if (!/^otpauth:\/\//iu.test(uri.trim())) {
    throw new OtpUriError('bad-scheme', t('otpNotOtpauthLink'));
  }
  try {
    return readAccount(uri);
  } catch (error) {
    throw toUriError(error);
  }
}

/**
 * Writes the canonical link: issuer prefix and parameter (when there is an
 * issuer), every parameter explicit, names percent-encoded so ':' stays inside.
 * parseOtpauthUri(formatOtpauthUri(a)) deep-equals a for every valid account.
 */
export function formatOtpauthUri(account: OtpAccount): string {
  validateOtpAccount(account);
  const label = encodeURIComponent(account.label);
  // Without an issuer, an encoded ':' in the name would read as the separator;
  // an empty prefix ("/:name") keeps the whole name as the account.
  const path = account.issuer !== ''
    ? `${encodeURIComponent(account.issuer)}:${label}`
    : account.label.includes(':') ? `:${label}` : label;
  const query = [`secret=${encodeBase32(account.secret)}`];
  if (account.issuer !== '') query.push(`issuer=${encodeURIComponent(account.issuer)}`);
  query.push(`algorithm=${account.algorithm}`, `digits=${account.digits}`);
  query.push(account.type === 'hotp' ? `counter=${account.counter}` : `period=${account.period}`);
  return `otpauth://${account.type}/${path}?${query.join('&')}`;
}
