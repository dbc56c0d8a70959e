/**
 * The accounts of an andOTP backup: a JSON array of { secret (Base32, padded), issuer, label,
 * digits, type (TOTP, HOTP, STEAM), algorithm, period (TOTP only), counter (HOTP only), … }.
 * @see andOTP/andOTP app/…/Database/Entry.java (toJSON, the JSON constructor)
 */
import { t } from '../../../i18n/t';
import type { FileNoun } from '../format-errors';
import { base32Secret, exportedEntry } from '../exported-account';
import type { FormatEntry } from '../import-format';
import { integerField, isObject, stringField, type JsonObject } from '../json-fields';

export const ANDOTP_BACKUP: FileNoun = () => t('importFileAndOtpBackup');

/** Whether a parsed JSON value is andOTP's array of entries (a first entry with a secret and a type or label). */
export function isAndOtpEntries(json: unknown): json is unknown[] {
  if (!Array.isArray(json) || json.length === 0) return false;
  const first: unknown = json[0];
  return isObject(first) && 'secret' in first && ('type' in first || 'label' in first);
}

export function andOtpEntry(raw: unknown): FormatEntry {
  const entry: JsonObject = isObject(raw) ? raw : {};
  return exportedEntry({
    type: stringField(entry, 'type', 'TOTP'),
    issuer: stringField(entry, 'issuer'),
    label: stringField(entry, 'label'),
    secret: base32Secret(entry.secret),
    algorithm: stringField(entry, 'algorithm') || undefined,
    digits: integerField(entry, 'digits'),
    period: integerField(entry, 'period'),
    // andOTP shows HOTP(secret, counter): the counter of the next code, as otpauth means it.
    counter: integerField(entry, 'counter'),
  });
}
