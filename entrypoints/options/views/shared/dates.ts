// Dates and durations of the management page, in the user's locale: one format for a day and one
// for a moment, whichever section shows them.

const DAY_MS = 24 * 60 * 60 * 1000;

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const momentFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDay(ms: number | undefined): string {
  return ms === undefined ? 'Unknown' : dayFormat.format(ms);
}

export function formatMoment(ms: number | undefined): string {
  return ms === undefined ? 'Unknown' : momentFormat.format(ms);
}

/** "expires in 90 days": whole days, rounded up, so a device trusted until tomorrow says 1. */
export function expiryText(expiresAt: number, now: number): string {
  const days = Math.ceil((expiresAt - now) / DAY_MS);
  if (days <= 0) return 'expired';
  return days === 1 ? 'expires in 1 day' : `expires in ${days} days`;
}
