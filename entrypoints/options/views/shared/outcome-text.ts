// The sentences that sum up an import or a restore: the same words for both, before and after.
import { plural, t, uiLocale } from '../../../../lib/i18n/t';

type PreviewStatus = 'new' | 'duplicate' | 'invalid' | 'skipped';

function statusCount(status: PreviewStatus, count: number): string {
  switch (status) {
    case 'new':
      return plural('manageSummaryNew', count);
    case 'duplicate':
      return plural('manageSummaryDuplicate', count);
    case 'invalid':
      return plural('manageSummaryInvalid', count);
    case 'skipped':
      return plural('manageSummarySkipped', count);
  }
}

/** "2 new, 1 duplicate, 1 invalid" for a preview's rows, as a list of the user's language. */
export function previewSummary(rows: ReadonlyArray<{ status: PreviewStatus }>): string {
  const counts = (['new', 'duplicate', 'invalid', 'skipped'] as const)
    .map((status) => [status, rows.filter((row) => row.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => statusCount(status, count));
  if (counts.length === 0) return t('manageSummaryNothing');
  return new Intl.ListFormat(uiLocale(), { type: 'unit', style: 'short' }).format(counts);
}

/** What a preview just shown means: "2 new, 1 duplicate. Nothing has been added yet." */
export function previewNotice(kind: 'import' | 'restore', rows: ReadonlyArray<{ status: PreviewStatus }>): string {
  const summary = previewSummary(rows);
  return kind === 'import' ? t('manageImportPreviewNotice', { summary }) : t('manageRestorePreviewNotice', { summary });
}

/** "Imported 2 accounts (1 skipped)."; the skipped part only when some were. */
export function addedSentence(kind: 'import' | 'restore', added: number, skipped: number): string {
  if (kind === 'import') {
    return skipped > 0 ? plural('manageImportedSkipped', added, { skipped }) : plural('manageImported', added);
  }
  return skipped > 0 ? plural('manageRestoredSkipped', added, { skipped }) : plural('manageRestored', added);
}
