/**
 * Bitwarden's CSV export: a header line, then one login or note a line, the TOTP field in the
 * `login_totp` column. Columns are found by name: older exports lack `reprompt`, organisation
 * exports have `collections` instead of `folder` and `favorite`. Rows without a TOTP are ignored.
 * @see https://bitwarden.com/help/condition-bitwarden-import/ (the CSV header and its columns)
 */
import { ImportFileError } from '../errors';
import { MAX_EXPORT_FILE_BYTES } from '../limits';
import { bitwardenRow } from './bitwarden-totp';
import { readCsvRecords } from './csv-records';
import type { ImportFormat } from './format';
import { checkRowCount } from './rows';

/** The header's names, as Bitwarden writes them (unquoted, lower case). */
function headerNames(line: string): string[] {
  return line.split(',').map((name) => name.trim().replace(/^"|"$/gu, '').toLowerCase());
}

export const bitwardenCsv: ImportFormat = {
  id: 'bitwarden-csv',
  name: 'Bitwarden export (CSV)',
  maxBytes: MAX_EXPORT_FILE_BYTES,
  detect(head) {
    const firstLine = head.split(/\r?\n/u, 1)[0] ?? '';
    return headerNames(firstLine).includes('login_totp');
  },
  parse(text, source) {
    const [header, ...records] = readCsvRecords(text);
    const columns = header?.fields.map((name) => name.trim().toLowerCase()) ?? [];
    const totpAt = columns.indexOf('login_totp');
    if (totpAt < 0) throw new ImportFileError('This CSV file has no login_totp column: it is not a Bitwarden export.');
    const nameAt = columns.indexOf('name');
    const usernameAt = columns.indexOf('login_username');
    const withTotp = records.filter((record) => (record.fields[totpAt] ?? '').trim() !== '');
    checkRowCount(withTotp.length);
    return withTotp.map(({ line, fields }) =>
      bitwardenRow(`${source}, line ${line}`, (fields[totpAt] ?? '').trim(), {
        name: (fields[nameAt] ?? '').trim(),
        username: (fields[usernameAt] ?? '').trim(),
      }),
    );
  },
};
