/**
 * 2FAS Authenticator's backup file (.2fas): { services, servicesEncrypted?, reference?, groups,
 * schemaVersion, … }. Plain backups list the services; encrypted ones leave `services` empty and
 * carry them sealed in `servicesEncrypted`.
 * @see twofas/2fas-android data/services/…/domain/BackupContent.kt
 */
import { utf8Decode } from '../../../crypto/bytes';
import { checkAccountCount, DamagedFileError, PasswordNeededError, UnsupportedVersionError } from '../format-errors';
import type { ImportFile, ImportFormat } from '../import-format';
import { integerField, isObject, type JsonObject } from '../json-fields';
import { decryptTwoFasServices, TWO_FAS_BACKUP } from './two-fas-crypto';
import { twoFasServiceEntry } from './two-fas-services';

/** 1,000 services are about 500 KB: 2FAS keeps icons in the app, not in the backup. */
const MAX_BYTES = 5 * 1024 * 1024;

/** The schema versions in use (Android 3.x to 5.x, iOS alike); a newer one may mean new meanings. */
const MAX_SCHEMA = 4;

function backupOf(file: ImportFile): JsonObject | undefined {
  const { json } = file;
  if (!isObject(json) || !('schemaVersion' in json)) return undefined;
  return Array.isArray(json.services) || typeof json.servicesEncrypted === 'string' ? json : undefined;
}

const encrypted = (backup: JsonObject | undefined) => typeof backup?.servicesEncrypted === 'string' && backup.servicesEncrypted !== '';

function parseServices(bytes: Uint8Array): unknown[] {
  try {
    const services = JSON.parse(utf8Decode(bytes)) as unknown;
    if (Array.isArray(services)) return services;
  } catch {
    // The parser's message would quote the decrypted text: only the fact is kept.
  }
  throw new DamagedFileError(TWO_FAS_BACKUP);
}

export const twoFasFormat: ImportFormat = {
  id: '2fas',
  name: '2FAS',
  maxBytes: MAX_BYTES,
  detect: (file) => backupOf(file) !== undefined,
  isEncrypted: (file) => encrypted(backupOf(file)),
  async read(file, password) {
    const backup = backupOf(file);
    const schema = backup && integerField(backup, 'schemaVersion');
    if (!backup || schema === undefined || Number.isNaN(schema) || schema < 1) throw new DamagedFileError(TWO_FAS_BACKUP);
    if (schema > MAX_SCHEMA) throw new UnsupportedVersionError(TWO_FAS_BACKUP, schema, 4);
    if (!encrypted(backup)) {
      if (!Array.isArray(backup.services)) throw new DamagedFileError(TWO_FAS_BACKUP);
      checkAccountCount(backup.services.length);
      return backup.services.map(twoFasServiceEntry);
    }
    if (password === undefined) throw new PasswordNeededError(file.name, '2FAS');
    const plain = await decryptTwoFasServices(backup.servicesEncrypted, backup.reference, password);
    const services = parseServices(plain);
    checkAccountCount(services.length);
    return services.map(twoFasServiceEntry);
  },
};
