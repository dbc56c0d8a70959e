// The sentences that sum up an import or a restore: the same words for both, before and after.
import { accountCount } from '../../../../lib/accounts/account-name';

type PreviewStatus = 'new' | 'duplicate' | 'invalid' | 'skipped';

/** "2 new, 1 duplicate, 1 invalid, 1 skipped." for a preview's rows. */
export function previewSummary(rows: ReadonlyArray<{ status: PreviewStatus }>): string {
  const counts = (['new', 'duplicate', 'invalid', 'skipped'] as const)
    .map((status) => [status, rows.filter((row) => row.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  return counts.length === 0 ? 'Nothing found.' : `${counts.join(', ')}.`;
}

/** "Imported 2 accounts (1 skipped)."; the skipped part only when some were. */
export function addedSentence(verb: 'Imported' | 'Restored', added: number, skipped: number): string {
  return `${verb} ${accountCount(added)}${skipped > 0 ? ` (${skipped} skipped)` : ''}.`;
}
