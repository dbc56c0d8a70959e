/**
 * Comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, line
 * breaks and doubled quotes. Lenient where writers differ (a quote inside an unquoted field is
 * text, lines may end in CRLF or LF); a quoted field that never ends means the file was cut short.
 * @see https://www.rfc-editor.org/rfc/rfc4180 §2
 */
import { t } from '../../i18n/t';
import type { FileNoun } from './format-errors';
import { DamagedFileError } from './format-errors';

export interface CsvRecord {
  /** The line the record starts on, counting from 1 (the header is line 1). */
  line: number;
  fields: string[];
}

/**
 * Every record of the text, the header included; blank lines give no record. `what` names the
 * file for the refusal of one cut short, e.g. "This Bitwarden export".
 */
export function readCsvRecords(text: string, what: FileNoun = () => t('importFileThisFile')): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[at + 1] === '\n') at++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) throw new DamagedFileError(what, t('importWhyUnclosedQuote'));
  endRecord();
  return records;
}
