/**
 * Turns the links found in text, files and QR codes into import rows. Export links
 * (otpauth-migration://) are read here, on the page, and become one otpauth:// link per account,
 * so the background only ever checks one kind of link.
 */
import { t } from '../i18n/t';
import { formatOtpauthUri, isMigrationUri, OtpUriError, parseMigrationUri, type MigrationExport } from '../otp';
import { TooManyEntriesError } from './errors';
import { MAX_IMPORT_ROWS } from './limits';
import { missingBatchRows, type ScannedBatch } from './migration-batches';
import type { FoundLink, ImportEntry, RefusedEntry } from './types';

/** The longest link import.preview takes (lib/import/import-messages.ts). */
export const MAX_LINK_LENGTH = 4096;

function exportEntries(source: string, exported: MigrationExport): ImportEntry[] {
  return exported.entries.map((item, index) => {
    const entry = t('importExportAccount', { source, number: index + 1 });
    if (!item.ok) return { entry, reason: item.error.message, issuer: item.issuer, label: item.label };
    const uri = formatOtpauthUri(item.account);
    // Long names make a long link: the background takes none longer, and would refuse the whole list.
    if (uri.length > MAX_LINK_LENGTH) return { entry, reason: t('importEntryTooLong'), issuer: item.account.issuer, label: item.account.label };
    return { entry, uri };
  });
}

function checkRowCount(count: number): void {
  if (count > MAX_IMPORT_ROWS) throw new TooManyEntriesError(MAX_IMPORT_ROWS);
}

function linkEntry(link: FoundLink): ImportEntry {
  // Anything else goes to the background, which says in one sentence why it is no otpauth link.
  return link.text.length > MAX_LINK_LENGTH ? { entry: link.entry, reason: t('importEntryTooLong') } : { entry: link.entry, uri: link.text };
}

/**
 * The rows of an import, in the order the links were found, then one row per export whose
 * batches are incomplete. A damaged export link is one refused row with the reason; a source
 * that could not be read at all (a picture without a QR code) comes in refused already.
 * TooManyEntriesError once the rows pass MAX_IMPORT_ROWS: each export link holds at most
 * MAX_MIGRATION_ENTRIES accounts, so the work done before that is bounded too.
 */
export function entriesFromLinks(links: readonly (FoundLink | RefusedEntry)[]): ImportEntry[] {
  const entries: ImportEntry[] = [];
  const batches: ScannedBatch[] = [];
  for (const link of links) {
    checkRowCount(entries.length);
    if ('reason' in link) {
      entries.push(link);
      continue;
    }
    if (!isMigrationUri(link.text)) {
      entries.push(linkEntry(link));
      continue;
    }
    try {
      const exported = parseMigrationUri(link.text);
      batches.push({ source: link.entry, batch: exported.batch });
      entries.push(...exportEntries(link.entry, exported));
    } catch (error) {
      if (!(error instanceof OtpUriError)) throw error;
      entries.push({ entry: link.entry, reason: error.message });
    }
  }
  checkRowCount(entries.length);
  return [...entries, ...missingBatchRows(batches)];
}
