/**
 * The accounts of an Aegis vault's content (the `db` object, decrypted or plain).
 * @see beemdevelopment/Aegis docs/vault.md ("Vault content"), vault/VaultEntry.java, otp/OtpInfo.java
 */
import { t } from '../../../i18n/t';
import type { FileNoun } from '../format-errors';
import { base32Secret, exportedEntry } from '../exported-account';
import { checkAccountCount, DamagedFileError, UnsupportedVersionError } from '../format-errors';
import type { FormatEntry } from '../import-format';
import { integerField, isObject, stringField, type JsonObject } from '../json-fields';

export const AEGIS_VAULT: FileNoun = () => t('importFileAegisVault');
/** Content versions 1 to 3 exist (3 added groups); Aegis itself refuses newer ones. */
const MAX_CONTENT_VERSION = 3;

function entryOf(raw: unknown): FormatEntry {
  const entry: JsonObject = isObject(raw) ? raw : {};
  const info: JsonObject = isObject(entry.info) ? entry.info : {};
  return exportedEntry({
    // totp, hotp, steam, yandex or motp.
    type: stringField(entry, 'type'),
    issuer: stringField(entry, 'issuer'),
    label: stringField(entry, 'name'),
    // Base32 without padding.
    secret: base32Secret(info.secret),
    algorithm: stringField(info, 'algo') || undefined,
    digits: integerField(info, 'digits'),
    period: integerField(info, 'period'),
    // The counter of the next code, as otpauth's counter parameter means it.
    counter: integerField(info, 'counter'),
  });
}

export function aegisContentEntries(content: unknown): FormatEntry[] {
  if (!isObject(content) || !Array.isArray(content.entries)) throw new DamagedFileError(AEGIS_VAULT);
  const version = integerField(content, 'version');
  if (version === undefined || Number.isNaN(version) || version < 1) throw new DamagedFileError(AEGIS_VAULT);
  if (version > MAX_CONTENT_VERSION) throw new UnsupportedVersionError(AEGIS_VAULT, version, 3);
  checkAccountCount(content.entries.length);
  return content.entries.map(entryOf);
}
