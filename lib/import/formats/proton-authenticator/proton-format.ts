/**
 * Proton Authenticator's export (JSON): { version, entries } in the clear, or { version, salt,
 * content } protected by a password. As Proton tells them apart: entries without salt is plain,
 * salt without entries is protected.
 * @see protonpass/proton-pass-common proton-authenticator/src/entry/exporter.rs
 */
import { DamagedFileError, PasswordNeededError, UnsupportedVersionError } from '../format-errors';
import type { ImportFile, ImportFormat } from '../import-format';
import { integerField, isObject, type JsonObject } from '../json-fields';
import { decryptProtonExport } from './proton-crypto';
import { PROTON_EXPORT, PROTON_VERSION, protonEntries } from './proton-entries';

/** 1,000 entries with their notes are well under a megabyte. */
const MAX_BYTES = 5 * 1024 * 1024;

function exportOf(file: ImportFile): JsonObject | undefined {
  const { json } = file;
  if (!isObject(json) || !('version' in json)) return undefined;
  const plain = Array.isArray(json.entries) && !('salt' in json);
  const protectedExport = typeof json.salt === 'string' && typeof json.content === 'string' && !('entries' in json);
  return plain || protectedExport ? json : undefined;
}

const isProtected = (json: JsonObject | undefined) => json !== undefined && typeof json.salt === 'string';

export const protonAuthenticatorFormat: ImportFormat = {
  id: 'proton-authenticator',
  name: 'Proton Authenticator',
  maxBytes: MAX_BYTES,
  detect: (file) => exportOf(file) !== undefined,
  isEncrypted: (file) => isProtected(exportOf(file)),
  async read(file, password) {
    const json = exportOf(file);
    if (!json) throw new DamagedFileError(PROTON_EXPORT);
    if (!isProtected(json)) return protonEntries(json);
    const version = integerField(json, 'version');
    if (version === undefined || Number.isNaN(version)) throw new DamagedFileError(PROTON_EXPORT);
    // Checked before the password is asked for: a newer envelope may use other settings.
    if (version > PROTON_VERSION) throw new UnsupportedVersionError(PROTON_EXPORT, version, 1);
    if (password === undefined) throw new PasswordNeededError(file.name, 'Proton Authenticator');
    return protonEntries(await decryptProtonExport(json, password));
  },
};
