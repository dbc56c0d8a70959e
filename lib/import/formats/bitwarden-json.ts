/**
 * Bitwarden's JSON export (personal vault or organisation): `{ encrypted: false, folders |
 * collections, items }`, each login item's TOTP field in `login.totp`. Items without one are not
 * rows: a vault holds many more logins than codes. Encrypted exports are refused with what to do.
 * @see https://bitwarden.com/help/condition-bitwarden-import/ (the export's shape)
 * @see https://bitwarden.com/help/encrypted-export/ (the two encrypted kinds)
 */
import { ImportFileError } from '../errors';
import { MAX_EXPORT_FILE_BYTES } from '../limits';
import { bitwardenRow } from './bitwarden-totp';
import type { FormatRow, ImportFormat } from './format';
import { checkRowCount, isRecord, parseJson, refusedRow, textField } from './rows';

const NAME = 'Bitwarden export (JSON)';

function refuseEncrypted(root: Record<string, unknown>): never {
  if (root.passwordProtected === true) {
    throw new ImportFileError(
      'This Bitwarden export is protected by a password: export it again unencrypted (.json or .csv), import that file, then delete it.',
    );
  }
  throw new ImportFileError(
    "This Bitwarden export is encrypted with your Bitwarden account's key, which only Bitwarden can open: export it again unencrypted (.json or .csv), import that file, then delete it.",
  );
}

/** The items, once the file is known to be a readable export; newer exports add fields, which are ignored. */
function itemsOf(root: unknown): unknown[] {
  if (!isRecord(root)) throw new ImportFileError('This file is not a Bitwarden export.');
  if (root.encrypted === true) refuseEncrypted(root);
  if ((root.encrypted !== false && root.encrypted !== undefined) || !Array.isArray(root.items)) {
    throw new ImportFileError('This file is not a Bitwarden export that this version of OTP Companion can read.');
  }
  return root.items;
}

function totpOf(item: unknown): unknown {
  return isRecord(item) && isRecord(item.login) ? item.login.totp : undefined;
}

function itemRows(items: unknown[], source: string): FormatRow[] {
  const withTotp = items.flatMap((item, index) => {
    const totp = totpOf(item);
    return totp === undefined || totp === null || (typeof totp === 'string' && totp.trim() === '') ? [] : [{ item, index, totp }];
  });
  checkRowCount(withTotp.length);
  return withTotp.map(({ item, index, totp }) => {
    const entry = `${source}, item ${index + 1}`;
    // totpOf found a login, so both are records here.
    const record = item as Record<string, unknown>;
    const names = { name: textField(record.name), username: textField((record.login as Record<string, unknown>).username) };
    if (typeof totp !== 'string') {
      return refusedRow(entry, 'The TOTP field of this item is not text.', { issuer: names.name, label: names.username });
    }
    return bitwardenRow(entry, totp.trim(), names);
  });
}

export const bitwardenJson: ImportFormat = {
  id: 'bitwarden-json',
  name: NAME,
  maxBytes: MAX_EXPORT_FILE_BYTES,
  detect(head) {
    // Bitwarden writes `encrypted` first; exports older than encryption begin with folders and items.
    const startsWithEncrypted = /^\s*\{\s*"encrypted"\s*:/u.test(head);
    const olderExport = /^\s*\{/u.test(head) && /"items"\s*:\s*\[/u.test(head) && /"(?:folders|collections)"\s*:/u.test(head);
    return startsWithEncrypted || olderExport;
  },
  parse(text, source) {
    return itemRows(itemsOf(parseJson(text, 'Bitwarden export')), source);
  },
};
