// The sentences and names of the management page that no server or vault decides.
import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionFromHash, sectionTitle } from '../../../entrypoints/options/sections';
import { expiryText, formatDay, formatMoment } from '../../../entrypoints/options/views/shared/dates';
import { addedSentence, previewSummary } from '../../../entrypoints/options/views/shared/outcome-text';
import { ownerName } from '../../../entrypoints/options/views/shared/owner-table';

const DAY = 24 * 60 * 60 * 1000;

describe('management page sections', () => {
  it('opens the section the hash names, and Accounts for any other hash', () => {
    expect(sectionFromHash('#devices')).toBe('devices');
    expect(sectionFromHash('mfa-keys')).toBe('mfa-keys');
    expect(sectionFromHash('')).toBe('accounts');
    expect(sectionFromHash('#nothing-like-it')).toBe('accounts');
  });

  it('titles each section as its link in the navigation', () => {
    for (const { id, title } of SECTIONS) expect(sectionTitle(id)).toBe(title);
  });
});

describe('dates of the server lists', () => {
  const now = Date.UTC(2025, 0, 1, 12);

  it('counts whole days to an expiry, rounded up', () => {
    expect(expiryText(now + 90 * DAY, now)).toBe('expires in 90 days');
    expect(expiryText(now + 1, now)).toBe('expires in 1 day');
    expect(expiryText(now + DAY + 1, now)).toBe('expires in 2 days');
  });

  it('says an expiry that passed, or that is now, has expired', () => {
    expect(expiryText(now, now)).toBe('expired');
    expect(expiryText(now - DAY, now)).toBe('expired');
  });

  it('says "Unknown" for a date the server did not give', () => {
    expect(formatDay(undefined)).toBe('Unknown');
    expect(formatMoment(undefined)).toBe('Unknown');
    expect(formatMoment(now)).not.toBe('Unknown');
  });

  it('names whose list it is', () => {
    expect(ownerName({ username: 'alice@example.com', profile: { name: 'Production' } })).toBe('alice@example.com on Production');
  });
});

describe('import and restore sentences', () => {
  it('sums up a preview by status, leaving out the statuses no row has', () => {
    const rows = [{ status: 'new' }, { status: 'invalid' }, { status: 'new' }, { status: 'duplicate' }] as const;
    expect(previewSummary(rows)).toBe('2 new, 1 duplicate, 1 invalid.');
    expect(previewSummary([{ status: 'duplicate' }])).toBe('1 duplicate.');
    expect(previewSummary([{ status: 'skipped' }, { status: 'new' }, { status: 'skipped' }])).toBe('1 new, 2 skipped.');
    expect(previewSummary([])).toBe('Nothing found.');
  });

  it('says how many accounts were added, and how many skipped only when some were', () => {
    expect(addedSentence('Imported', 2, 1)).toBe('Imported 2 accounts (1 skipped).');
    expect(addedSentence('Restored', 1, 0)).toBe('Restored 1 account.');
    expect(addedSentence('Imported', 0, 3)).toBe('Imported 0 accounts (3 skipped).');
  });
});
