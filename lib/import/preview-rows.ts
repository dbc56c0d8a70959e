/**
 * Joins the background's verdict on each link with the rows the page refused itself, into the
 * preview table the user confirms.
 */
import { t } from '../i18n/t';
import type { ImportPreviewItem } from './import-views';
import { TooManyEntriesError } from './errors';
import { isPendingEntry, type ImportEntry } from './types';

/** import.preview and import.commit take at most this many links (lib/import/import-messages.ts). */
export const MAX_IMPORT_LINKS = 1000;

export interface PreviewRow {
  entry: string;
  /** The background's verdict, or 'skipped' for an entry left out on purpose on the page (Steam, a trashed code). */
  status: ImportPreviewItem['status'] | 'skipped';
  issuer: string;
  label: string;
  /** Why an entry is refused or skipped; empty for a new one. */
  reason: string;
}

/** The links to send to the background, in row order. TooManyEntriesError past the limit. */
export function linksToCheck(entries: readonly ImportEntry[]): string[] {
  const uris = entries.filter(isPendingEntry).map((entry) => entry.uri);
  if (uris.length > MAX_IMPORT_LINKS) throw new TooManyEntriesError(MAX_IMPORT_LINKS);
  return uris;
}

function duplicateReason(item: ImportPreviewItem): string {
  if (item.reason) return item.reason;
  return item.duplicateOf ? t('importAlreadyInVaultAs', { name: item.duplicateOf }) : t('importAlreadyInVault');
}

/** One row per entry; `items` answer linksToCheck(entries), matched by their index. */
export function previewRows(entries: readonly ImportEntry[], items: readonly ImportPreviewItem[]): PreviewRow[] {
  const byIndex = new Map(items.map((item) => [item.index, item]));
  let next = 0;
  return entries.map((entry): PreviewRow => {
    if (!isPendingEntry(entry)) {
      const status = entry.skipped ? 'skipped' : 'invalid';
      return { entry: entry.entry, status, issuer: entry.issuer ?? '', label: entry.label ?? '', reason: entry.reason };
    }
    const item = byIndex.get(next++);
    if (!item) return { entry: entry.entry, status: 'invalid', issuer: '', label: '', reason: t('importEntryNotChecked') };
    const reason = item.status === 'new' ? '' : item.status === 'duplicate' ? duplicateReason(item) : (item.reason ?? '');
    return { entry: entry.entry, status: item.status, issuer: item.issuer ?? '', label: item.label ?? '', reason };
  });
}

export function countNew(rows: readonly PreviewRow[]): number {
  return rows.filter((row) => row.status === 'new').length;
}
