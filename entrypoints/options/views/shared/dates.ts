// Dates and durations of the management page, as the user's language writes them: one format for
// a day and one for a moment, whichever section shows them.
import { formatDate, plural, t } from '../../../../lib/i18n/t';

const DAY_MS = 24 * 60 * 60 * 1000;

export function formatDay(ms: number | undefined): string {
  return ms === undefined ? t('manageUnknown') : formatDate(ms, { dateStyle: 'medium' });
}

export function formatMoment(ms: number | undefined): string {
  return ms === undefined ? t('manageUnknown') : formatDate(ms, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "expires in 90 days": whole days, rounded up, so a device trusted until tomorrow says 1. */
export function expiryText(expiresAt: number, now: number): string {
  const days = Math.ceil((expiresAt - now) / DAY_MS);
  return days <= 0 ? t('manageExpired') : plural('manageExpiresInDays', days);
}

/** Until when a device is trusted: "12 Mar 2025 (expires in 90 days)", or "Unknown". */
export function trustedUntilText(expiresAt: number | undefined, now: number): string {
  if (expiresAt === undefined) return t('manageUnknown');
  return t('manageDateWithExpiry', { date: formatDay(expiresAt), expiry: expiryText(expiresAt, now) });
}
