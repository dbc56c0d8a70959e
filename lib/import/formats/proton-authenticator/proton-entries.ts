/**
 * The accounts of a Proton Authenticator export: { version: 1, entries: [{ id, content: { uri,
 * entry_type: "Totp" | "Steam", name }, note }] }. A Totp entry's uri is an otpauth:// link, read
 * as every other link is; Steam entries (steam://…) are skipped.
 * @see protonpass/proton-pass-common proton-authenticator/src/entry/exporter.rs
 */
import { t } from '../../../i18n/t';
import type { FileNoun } from '../format-errors';
import { OtpUriError, parseOtpauthUri } from '../../../otp';
import { exportedEntry } from '../exported-account';
import { checkAccountCount, DamagedFileError, UnsupportedVersionError } from '../format-errors';
import type { FormatEntry } from '../import-format';
import { integerField, isObject, stringField, type JsonObject } from '../json-fields';

export const PROTON_EXPORT: FileNoun = () => t('importFileProtonExport');
/** The only version Proton writes and reads. */
export const PROTON_VERSION = 1;

function entryOf(raw: unknown): FormatEntry {
  const entry: JsonObject = isObject(raw) ? raw : {};
  const content: JsonObject = isObject(entry.content) ? entry.content : {};
  const type = stringField(content, 'entry_type');
  const name = stringField(content, 'name');
  if (type !== 'Totp') {
    // Steam, or a kind added after this was written: the shared rule words the skip.
    return exportedEntry({ type: type === 'Steam' ? 'steam' : `Proton ${type || 'unknown'}`, issuer: type, label: name, secret: () => new Uint8Array() });
  }
  try {
    return { ok: true, account: parseOtpauthUri(stringField(content, 'uri')) };
  } catch (error) {
    if (!(error instanceof OtpUriError)) throw error;
    return { ok: false, issuer: '', label: name.trim(), reason: error.message };
  }
}

export function protonEntries(json: unknown): FormatEntry[] {
  if (!isObject(json) || !Array.isArray(json.entries)) throw new DamagedFileError(PROTON_EXPORT);
  const version = integerField(json, 'version');
  if (version === undefined || Number.isNaN(version) || version < 1) throw new DamagedFileError(PROTON_EXPORT);
  if (version > PROTON_VERSION) throw new UnsupportedVersionError(PROTON_EXPORT, version, 1);
  checkAccountCount(json.entries.length);
  return json.entries.map(entryOf);
}
