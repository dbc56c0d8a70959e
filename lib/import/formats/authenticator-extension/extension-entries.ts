/**
 * One account of the Authenticator extension's backup (a RawOTPStorage record): type totp, hotp,
 * battle (Blizzard: 8 digits), steam, hex or hhex (TOTP or HOTP with a hexadecimal secret);
 * period, digits and algorithm are left out at their defaults (30, 6, SHA1).
 * @see Authenticator-Extension/Authenticator src/models/otp.ts (OTPType, OTPAlgorithm), src/models/storage.ts
 */
import { t } from '../../../i18n/t';
import type { FileNoun } from '../format-errors';
import { base32Secret, exportedEntry, hexSecret } from '../exported-account';
import type { FormatEntry } from '../import-format';
import { integerField, isObject, stringField, type JsonObject } from '../json-fields';

export const EXTENSION_BACKUP: FileNoun = () => t('importFileExtensionBackup');

/** The OTPAlgorithm enum's values, for files that hold the number instead of the name. */
const ALGORITHM_NUMBERS: Readonly<Record<number, string>> = {
  1: 'SHA1',
  2: 'SHA256',
  3: 'SHA512',
  4: 'GOST3411_2012_256',
  5: 'GOST3411_2012_512',
};

/** Older versions marked the kind with a prefix on the secret instead of a type. */
const SECRET_PREFIXES: readonly (readonly [string, string])[] = [
  ['blz-', 'battle'],
  ['bliz-', 'battle'],
  ['stm-', 'steam'],
];

function algorithmOf(record: JsonObject): string | undefined {
  const value = record.algorithm;
  if (typeof value === 'number') return ALGORITHM_NUMBERS[value] ?? String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A decrypted or plain record's account; `secret` is the record's secret text as stored. */
export function extensionEntry(record: JsonObject, secret: string): FormatEntry {
  let type = stringField(record, 'type', 'totp').toLowerCase();
  let text = secret;
  for (const [prefix, kind] of SECRET_PREFIXES) {
    if (text.startsWith(prefix)) {
      text = text.slice(prefix.length);
      type = kind;
    }
  }
  const hex = type === 'hex' || type === 'hhex';
  const issuer = stringField(record, 'issuer');
  const label = stringField(record, 'account');
  const digits = integerField(record, 'digits');
  return exportedEntry({
    type: type === 'hhex' ? 'hotp' : type === 'hex' || type === 'battle' ? 'totp' : type,
    issuer,
    label,
    secret: hex ? hexSecret(text) : base32Secret(text),
    algorithm: algorithmOf(record),
    // Blizzard's codes always have 8 digits.
    digits: type === 'battle' ? 8 : digits,
    // The extension honours a period for totp only: hex and battle codes change every 30 s.
    period: type === 'totp' ? integerField(record, 'period') : undefined,
    counter: integerField(record, 'counter'),
  });
}

/** A record that is an account (not a key record, not the v2 key object). */
export function isAccountRecord(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  if (value.dataType === 'EncOTPStorage' || value.dataType === 'OTPStorage') return true;
  return value.dataType === undefined && typeof value.secret === 'string' && typeof value.type === 'string';
}
