/**
 * Aegis Authenticator's vault export (aegis-export-*.json / aegis-backup-*.json), plain or
 * encrypted: { version: 1, header: { slots, params }, db }. Plain: slots and params are null and
 * db is the content. Encrypted: db is Base64 of the content sealed with AES-256-GCM under the
 * master key (nonce and tag in header.params), which the password slots unwrap.
 * @see beemdevelopment/Aegis docs/vault.md, vault/VaultFile.java
 */
import { concatBytes, utf8Decode } from '../../../crypto/bytes';
import { openAesGcm } from '../crypto/web-crypto';
import { base64Bytes, hexBytes } from '../file-encodings';
import { MAX_EXPORT_FILE_BYTES } from '../../limits';
import { DamagedFileError, PasswordNeededError, UnsupportedVersionError } from '../format-errors';
import type { ImportFile, ImportFormat } from '../import-format';
import { integerField, isObject, type JsonObject } from '../json-fields';
import { AEGIS_VAULT, aegisContentEntries } from './aegis-content';
import { unlockAegisMasterKey } from './aegis-slots';

/** The only file version there is; Aegis refuses newer ones too. */
const FILE_VERSION = 1;

function vaultOf(file: ImportFile): { header: JsonObject; db: unknown; version: number | undefined } | undefined {
  const { json } = file;
  if (!isObject(json) || !isObject(json.header) || !('slots' in json.header) || !('params' in json.header) || !('db' in json)) return undefined;
  return { header: json.header, db: json.db, version: integerField(json, 'version') };
}

async function decryptContent(header: JsonObject, db: unknown, password: string): Promise<unknown> {
  const params = isObject(header.params) ? header.params : {};
  const nonce = hexBytes(params.nonce);
  const tag = hexBytes(params.tag);
  const sealed = base64Bytes(db);
  if (!Array.isArray(header.slots) || !nonce || !tag || !sealed) throw new DamagedFileError(AEGIS_VAULT);
  const masterKey = await unlockAegisMasterKey(header.slots, password);
  // The password opened a slot: a content that does not open now was altered, or cut short.
  const plain = await openAesGcm(masterKey, nonce, concatBytes(sealed, tag));
  if (!plain) throw new DamagedFileError(AEGIS_VAULT);
  try {
    return JSON.parse(utf8Decode(plain)) as unknown;
  } catch {
    throw new DamagedFileError(AEGIS_VAULT);
  }
}

export const aegisFormat: ImportFormat = {
  id: 'aegis',
  name: 'Aegis',
  // The largest export of any app: a vault with an icon for every account runs to a few megabytes.
  maxBytes: MAX_EXPORT_FILE_BYTES,
  detect: (file) => vaultOf(file) !== undefined,
  isEncrypted: (file) => typeof vaultOf(file)?.db === 'string',
  async read(file, password) {
    const vault = vaultOf(file);
    if (!vault || vault.version === undefined || Number.isNaN(vault.version)) throw new DamagedFileError(AEGIS_VAULT);
    if (vault.version > FILE_VERSION) throw new UnsupportedVersionError(AEGIS_VAULT, vault.version, 1);
    if (typeof vault.db !== 'string') return aegisContentEntries(vault.db);
    if (password === undefined) throw new PasswordNeededError(file.name, 'Aegis');
    return aegisContentEntries(await decryptContent(vault.header, vault.db, password));
  },
};
