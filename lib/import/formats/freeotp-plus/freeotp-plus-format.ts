/**
 * FreeOTP+'s JSON export: `{ tokens: [...], tokenOrder: [...] }`, the Gson form of its token list.
 * A token's secret is its raw bytes as signed Java bytes (-128…127); its counter is the one the
 * next code is made with, as the vault's is. A TOTP token whose issuer is "Steam" shows Steam's
 * 5-character codes in FreeOTP+, which the vault cannot compute.
 * @see https://github.com/helloworld1/FreeOTPPlus (token-data/…/legacy/Token.java, SavedTokens.kt, ImportExportUtil.kt)
 */
import { t } from '../../../i18n/t';
import type { FileNoun } from '../format-errors';
import { OtpInputError } from '../../../otp';
import { exportedEntry } from '../exported-account';
import { checkAccountCount, DamagedFileError, UnsupportedFileError } from '../format-errors';
import type { FormatEntry, ImportFile, ImportFormat } from '../import-format';
import { isObject, stringField, type JsonObject } from '../json-fields';

const FREEOTP_PLUS_EXPORT: FileNoun = () => t('importFileFreeOtpPlusExport');

/** A token list of 1,000 tokens is about 300 KB; images are links, not data. */
const MAX_BYTES = 5 * 1024 * 1024;

/** The part of a file detect() looks at: the token list's name comes first or right after the order. */
const HEAD_CHARS = 64 * 1024;

const text = (token: JsonObject, key: string) => stringField(token, key).trim();

/** FreeOTP+'s own rule: a user's edit (…Alt) wins over the name from the link. */
function namesOf(token: JsonObject): { issuer: string; label: string } {
  const issuer = text(token, 'issuerAlt') || text(token, 'issuerExt') || text(token, 'issuerInt');
  return { issuer, label: text(token, 'labelAlt') || text(token, 'label') || issuer };
}

const isJavaByte = (value: unknown) => Number.isInteger(value) && (value as number) >= -128 && (value as number) <= 127;

/** The secret's bytes, from a list of signed Java bytes; a secret that is no such list makes the entry invalid. */
function secretOf(value: unknown): () => Uint8Array {
  return () => {
    if (!Array.isArray(value) || !value.every(isJavaByte)) {
      throw new OtpInputError('bad-encoding', t('importFreeOtpBadSecret'));
    }
    // A Java byte: -1 is 0xFF.
    return Uint8Array.from(value as number[], (byte) => byte & 0xff);
  };
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

function tokenEntry(token: unknown): FormatEntry {
  if (!isObject(token)) return { ok: false, issuer: '', label: '', reason: t('importFreeOtpBadToken') };
  const type = text(token, 'type').toLowerCase();
  const hotp = type === 'hotp';
  return exportedEntry({
    type: type === 'totp' && text(token, 'issuerExt') === 'Steam' ? 'steam' : type || 'none',
    ...namesOf(token),
    secret: secretOf(token.secret),
    algorithm: text(token, 'algo') || undefined,
    digits: wholeNumber(token.digits),
    // The field the type does not use holds its default, as every vault account's does.
    period: hotp ? undefined : wholeNumber(token.period),
    counter: hotp ? counterOf(token.counter) : undefined,
  });
}

/** The tokens in FreeOTP+'s display order (`tokenOrder` ids); tokens it does not list come after, as in the file. */
function inDisplayOrder(tokens: unknown[], order: unknown): number[] {
  const ids = Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string') : [];
  const rank = new Map(ids.map((id, index) => [id, index]));
  const idOf = (token: unknown) => {
    if (!isObject(token)) return '';
    const label = text(token, 'label');
    const issuer = text(token, 'issuerInt') || text(token, 'issuerExt');
    return issuer ? `${issuer}:${label}` : label;
  };
  const position = (index: number) => rank.get(idOf(tokens[index])) ?? ids.length + index;
  return tokens.map((_, index) => index).sort((a, b) => position(a) - position(b));
}

function tokensOf(file: ImportFile): unknown[] {
  if (file.json === undefined) throw new DamagedFileError(FREEOTP_PLUS_EXPORT, t('importWhyNotJson'));
  const root = file.json;
  if (!isObject(root) || !Array.isArray(root.tokens)) {
    throw new UnsupportedFileError(t('importFreeOtpUnsupported'));
  }
  return root.tokens;
}

export const freeOtpPlusFormat: ImportFormat = {
  id: 'freeotp-plus',
  name: 'FreeOTP+',
  maxBytes: MAX_BYTES,
  // Read from the text, not the parsed JSON, so that a cut or altered export is still named as one.
  detect(file) {
    const head = file.text?.slice(0, HEAD_CHARS) ?? '';
    return /^\s*\{/u.test(head) && /"(?:tokens|tokenOrder)"\s*:\s*\[/u.test(head);
  },
  isEncrypted: () => false,
  async read(file) {
    const tokens = tokensOf(file);
    checkAccountCount(tokens.length);
    const order = isObject(file.json) ? file.json.tokenOrder : undefined;
    return inDisplayOrder(tokens, order).map((index) => ({ ...tokenEntry(tokens[index]), place: `token ${index + 1}` }));
  },
};
