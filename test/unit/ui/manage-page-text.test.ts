// The sentences and names of the management page that no server or vault decides.
import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionFromHash, sectionTitle } from '../../../entrypoints/options/sections';
import { expiryText, formatDay, formatMoment, trustedUntilText } from '../../../entrypoints/options/views/shared/dates';
import { addedSentence, previewNotice, previewSummary } from '../../../entrypoints/options/views/shared/outcome-text';
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
    expect(SECTIONS.map(({ id }) => sectionTitle(id))).toEqual([
      'Trusted devices',
      'MFA keys',
      'Other users',
      'Accounts',
      'Import',
      'Backup',
      'Settings',
    ]);
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
    expect(trustedUntilText(undefined, now)).toBe('Unknown');
  });

  it('gives the day a device stays trusted until, and how far off it is', () => {
    expect(trustedUntilText(now + 90 * DAY, now)).toBe(`${formatDay(now + 90 * DAY)} (expires in 90 days)`);
  });

  it('names whose list it is', () => {
    expect(ownerName({ username: 'alice@example.com', profile: { name: 'Production' } })).toBe('alice@example.com on Production');
  });
});

describe('import and restore sentences', () => {
  it('sums up a preview by status, leaving out the statuses no row has', () => {
    const rows = [{ status: 'new' }, { status: 'invalid' }, { status: 'new' }, { status: 'duplicate' }] as const;
    expect(previewSummary(rows)).toBe('2 new, 1 duplicate, 1 invalid');
    expect(previewSummary([{ status: 'duplicate' }])).toBe('1 duplicate');
    expect(previewSummary(Array.from({ length: 7 }, () => ({ status: 'duplicate' }) as const))).toBe('7 duplicates');
    expect(previewSummary([{ status: 'skipped' }, { status: 'new' }, { status: 'skipped' }])).toBe('1 new, 2 skipped');
    expect(previewSummary([])).toBe('Nothing found');
  });

  it('says a preview writes nothing yet, after its summary', () => {
    expect(previewNotice('import', [{ status: 'new' }, { status: 'invalid' }])).toBe('1 new, 1 invalid. Nothing has been added yet.');
    expect(previewNotice('restore', [])).toBe('Nothing found. Nothing has been restored yet.');
  });

  it('says how many accounts were added, and how many skipped only when some were', () => {
    expect(addedSentence('import', 2, 1)).toBe('Imported 2 accounts (1 skipped).');
    expect(addedSentence('restore', 1, 0)).toBe('Restored 1 account.');
    expect(addedSentence('restore', 3, 1)).toBe('Restored 3 accounts (1 skipped).');
    expect(addedSentence('import', 0, 3)).toBe('Imported 0 accounts (3 skipped).');
  });
});
