/**
 * FreeOTP+'s JSON export: `{ tokens: [...], tokenOrder: [...] }`, the Gson form of its token list.
 * A token's secret is its raw bytes as signed Java bytes (-128…127); its counter is the one the
 * next code is made with, as the vault's is. A TOTP token whose issuer is "Steam" shows Steam's
 * 5-character codes in FreeOTP+, which the vault cannot compute.
 * @see https://github.com/helloworld1/FreeOTPPlus (token-data/…/legacy/Token.java, SavedTokens.kt, ImportExportUtil.kt)
 */
import { OTP_ALGORITHMS, type OtpAccount, type OtpAlgorithm } from '../../otp';
import { ImportFileError } from '../errors';
import type { FormatRow, ImportFormat } from './format';
import { accountRow, checkRowCount, isRecord, parseJson, refusedRow, steamRow, textField } from './rows';

/** A token list of 1,000 tokens is about 300 KB; images are links, not data. */
const MAX_BYTES = 5 * 1024 * 1024;

/** FreeOTP+'s own rule: a user's edit (…Alt) wins over the name from the link. */
function namesOf(token: Record<string, unknown>): { issuer: string; label: string } {
  const issuer = textField(token.issuerAlt) || textField(token.issuerExt) || textField(token.issuerInt);
  const label = textField(token.labelAlt) || textField(token.label) || issuer;
  return { issuer, label };
}

function secretOf(value: unknown): Uint8Array | undefined {
  if (!Array.isArray(value)) return undefined;
  const bytes = new Uint8Array(value.length);
  for (const [index, byte] of value.entries()) {
    if (!Number.isInteger(byte) || (byte as number) < -128 || (byte as number) > 127) return undefined;
    // A Java byte: -1 is 0xFF.
    bytes[index] = (byte as number) & 0xff;
  }
  return bytes;
}

function wholeNumber(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : Number.NaN;
}

/**
 * The counter the next code is made with, as FreeOTP+ stores it. A token added from a link and
 * never used holds -1 (FreeOTP+ subtracts one from the link's counter, 0 by default): its own
 * link export writes 0 for it, and 0 is where the site starts.
 */
function counterOf(value: unknown): number {
  const counter = wholeNumber(value);
  return counter === -1 ? 0 : counter;
}

function tokenRow(token: unknown, entry: string): FormatRow {
  if (!isRecord(token)) return refusedRow(entry, 'This token cannot be read.');
  const names = namesOf(token);
  const type = textField(token.type).toUpperCase();
  if (type !== 'TOTP' && type !== 'HOTP') {
    const shown = textField(token.type).slice(0, 20) || 'none';
    return refusedRow(entry, `This token's type (${shown}) is not one this version of OTP Companion reads.`, names);
  }
  if (type === 'TOTP' && textField(token.issuerExt) === 'Steam') return steamRow(entry, names);
  const algorithm = textField(token.algo).toUpperCase();
  if (!OTP_ALGORITHMS.includes(algorithm as OtpAlgorithm)) {
    const shown = textField(token.algo).slice(0, 20) || 'none';
    return refusedRow(entry, `This token uses the algorithm ${shown}, which is not supported: use SHA1, SHA256 or SHA512.`, names);
  }
  const secret = secretOf(token.secret);
  if (!secret) return refusedRow(entry, "This token's secret cannot be read: it is not a list of bytes.", names);
  const hotp = type === 'HOTP';
  const account: OtpAccount = {
    type: hotp ? 'hotp' : 'totp',
    ...names,
    secret,
    algorithm: algorithm as OtpAlgorithm,
    digits: wholeNumber(token.digits),
    // The field the type does not use holds its default, as every vault account's does.
    period: hotp ? 30 : wholeNumber(token.period),
    counter: hotp ? counterOf(token.counter) : 0,
  };
  return accountRow(entry, account);
}

/** The tokens in FreeOTP+'s display order (`tokenOrder` ids); tokens it does not list come after, as in the file. */
function inDisplayOrder(tokens: unknown[], order: unknown): number[] {
  const ids = Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string') : [];
  const rank = new Map(ids.map((id, index) => [id, index]));
  const idOf = (token: unknown) => {
    if (!isRecord(token)) return '';
    const label = textField(token.label);
    const issuer = textField(token.issuerInt) || textField(token.issuerExt);
    return issuer ? `${issuer}:${label}` : label;
  };
  const position = (index: number) => rank.get(idOf(tokens[index])) ?? ids.length + index;
  return tokens.map((_, index) => index).sort((a, b) => position(a) - position(b));
}

export const freeOtpPlus: ImportFormat = {
  id: 'freeotp-plus',
  name: 'FreeOTP+ export (JSON)',
  maxBytes: MAX_BYTES,
  detect(head) {
    return /^\s*\{/u.test(head) && /"(?:tokens|tokenOrder)"\s*:\s*\[/u.test(head);
  },
  parse(text, source) {
    const root = parseJson(text, 'FreeOTP+ export');
    if (!isRecord(root) || !Array.isArray(root.tokens)) {
      throw new ImportFileError('This file is not a FreeOTP+ export that this version of OTP Companion can read.');
    }
    const tokens = root.tokens;
    checkRowCount(tokens.length);
    return inDisplayOrder(tokens, root.tokenOrder).map((index) => tokenRow(tokens[index], `${source}, token ${index + 1}`));
  },
};
