/**
 * Bitwarden's JSON export (personal vault or organisation): `{ encrypted: false, folders |
 * collections, items }`, each login item's TOTP field in `login.totp`. Items without one are not
 * entries: a vault holds many more logins than codes. Encrypted exports are refused with what to do.
 * @see https://bitwarden.com/help/condition-bitwarden-import/ (the export's shape)
 * @see https://bitwarden.com/help/encrypted-export/ (the two encrypted kinds)
 */
import { t } from '../../../i18n/t';
import { checkAccountCount, DamagedFileError, UnsupportedFileError } from '../format-errors';
import type { FormatEntry, ImportFile, ImportFormat } from '../import-format';
import { isObject, stringField, type JsonObject } from '../json-fields';
import { BITWARDEN_EXPORT, bitwardenEntry } from './bitwarden-totp';

/** The largest format: an export holds every login of a vault besides its codes; 10,000 logins are about 10 MB. */
export const BITWARDEN_MAX_BYTES = 20 * 1024 * 1024;

/** The part of a file detect() looks at: Bitwarden writes `encrypted` first, then folders or collections. */
const HEAD_CHARS = 64 * 1024;

function refuseEncrypted(root: JsonObject): never {
  if (root.passwordProtected === true) {
    throw new UnsupportedFileError(
      t('importBitwardenPasswordProtected'),
    );
  }
  throw new UnsupportedFileError(
    t('importBitwardenAccountEncrypted'),
  );
}

/** The items, once the file is known to be a readable export; newer exports add fields, which are ignored. */
function itemsOf(file: ImportFile): unknown[] {
  // The text was claimed by detect(): JSON that does not parse was cut short or altered.
  if (file.json === undefined) throw new DamagedFileError(BITWARDEN_EXPORT, t('importWhyNotJson'));
  const root = file.json;
  if (!isObject(root)) throw new UnsupportedFileError(t('importNotBitwarden'));
  if (root.encrypted === true) refuseEncrypted(root);
  if ((root.encrypted !== false && root.encrypted !== undefined) || !Array.isArray(root.items)) {
    throw new UnsupportedFileError(t('importBitwardenUnsupported'));
  }
  return root.items;
}

function totpOf(item: unknown): unknown {
  return isObject(item) && isObject(item.login) ? item.login.totp : undefined;
}

function itemEntries(items: unknown[]): FormatEntry[] {
  const withTotp = items.flatMap((item, index) => {
    const totp = totpOf(item);
    return totp === undefined || totp === null || (typeof totp === 'string' && totp.trim() === '') ? [] : [{ item, index, totp }];
  });
  checkAccountCount(withTotp.length);
  return withTotp.map(({ item, index, totp }): FormatEntry => {
    const place = `item ${index + 1}`;
    // totpOf found a login, so both are objects here.
    const record = item as JsonObject;
    const names = { name: stringField(record, 'name').trim(), username: stringField(record.login as JsonObject, 'username').trim() };
    if (typeof totp !== 'string') {
      return { ok: false, issuer: names.name, label: names.username, reason: t('importBitwardenTotpNotText'), place };
    }
    return { ...bitwardenEntry(totp.trim(), names), place };
  });
}

export const bitwardenJsonFormat: ImportFormat = {
  id: 'bitwarden-json',
  name: 'Bitwarden',
  maxBytes: BITWARDEN_MAX_BYTES,
  // Read from the text, not the parsed JSON, so that a cut or altered export is still named as one.
  detect(file) {
    const head = file.text?.slice(0, HEAD_CHARS) ?? '';
    // Bitwarden writes `encrypted` first; exports older than encryption begin with folders and items.
    const startsWithEncrypted = /^\s*\{\s*"encrypted"\s*:/u.test(head);
    const olderExport = /^\s*\{/u.test(head) && /"items"\s*:\s*\[/u.test(head) && /"(?:folders|collections)"\s*:/u.test(head);
    return startsWithEncrypted || olderExport;
  },
  // The encrypted kinds need Bitwarden's own keys: they are refused, never asked a password for.
  isEncrypted: () => false,
  read: async (file) => itemEntries(itemsOf(file)),
};
