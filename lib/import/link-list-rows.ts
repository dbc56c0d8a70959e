/**
 * A list of otpauth:// links, pasted or in a text file, as the import's rows: one a line, at most
 * MAX_FILE_ROWS of them, counted before any row is made.
 */
import { t } from '../i18n/t';
import { MAX_FILE_ROWS } from './limits';
import { linksFromText } from './text-links';
import type { FoundLink, RefusedEntry } from './types';

/** `source` names the list as a whole ("Pasted text", "codes.txt"); `entry` names a line of it. */
export function linkListRows(text: string, source: string, entry: (line: number) => string): (FoundLink | RefusedEntry)[] {
  const links = linksFromText(text);
  if (links.length > MAX_FILE_ROWS) {
    return [{ entry: source, reason: t('importListTooLong', { max: MAX_FILE_ROWS }) }];
  }
  return links.map(({ line, text: link }) => ({ entry: entry(line), text: link }));
}
