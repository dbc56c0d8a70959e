/**
 * Bitwarden's CSV export: a header line, then one login or note a line, the TOTP field in the
 * `login_totp` column. Columns are found by name: older exports lack `reprompt`, organisation
 * exports have `collections` instead of `folder` and `favorite`. Rows without a TOTP are ignored.
 * @see https://bitwarden.com/help/condition-bitwarden-import/ (the CSV header and its columns)
 */
import { t } from '../../../i18n/t';
import { readCsvRecords } from '../csv-records';
import { checkAccountCount, DamagedFileError } from '../format-errors';
import type { FormatEntry, ImportFormat } from '../import-format';
import { BITWARDEN_MAX_BYTES } from './bitwarden-json-format';
import { BITWARDEN_EXPORT, bitwardenEntry } from './bitwarden-totp';

/** The header's names, as Bitwarden writes them (unquoted, lower case). */
function headerNames(line: string): string[] {
  return line.split(',').map((name) => name.trim().replace(/^"|"$/gu, '').toLowerCase());
}

function csvEntries(text: string): FormatEntry[] {
  const [header, ...records] = readCsvRecords(text, BITWARDEN_EXPORT);
  const columns = header?.fields.map((name) => name.trim().toLowerCase()) ?? [];
  const totpAt = columns.indexOf('login_totp');
  if (totpAt < 0) throw new DamagedFileError(BITWARDEN_EXPORT, t('importWhyNoTotpColumn'));
  const nameAt = columns.indexOf('name');
  const usernameAt = columns.indexOf('login_username');
  const withTotp = records.filter((record) => (record.fields[totpAt] ?? '').trim() !== '');
  checkAccountCount(withTotp.length);
  return withTotp.map(({ line, fields }) => ({
    ...bitwardenEntry((fields[totpAt] ?? '').trim(), {
      name: (fields[nameAt] ?? '').trim(),
      username: (fields[usernameAt] ?? '').trim(),
    }),
    place: `line ${line}`,
  }));
}

export const bitwardenCsvFormat: ImportFormat = {
  id: 'bitwarden-csv',
  name: 'Bitwarden',
  maxBytes: BITWARDEN_MAX_BYTES,
  detect(file) {
    const firstLine = file.text?.slice(0, 4096).split(/\r?\n/u, 1)[0] ?? '';
    return headerNames(firstLine).includes('login_totp');
  },
  isEncrypted: () => false,
  read: async (file) => csvEntries(file.text ?? ''),
};
