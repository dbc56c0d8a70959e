// The popup's first script reads the kept view with the platform's own API (no polyfill): it paints
// it only while the idle lock is still ahead and in the order chosen now; anything else means "ask".
import { describe, expect, it } from 'vitest';
import { readOpeningSnapshot, snapshotAt, type OpeningPlatform, type OpeningView } from '../../../lib/accounts/opening-view';
import { AUTO_LOCK_ALARM, type ScheduledAlarm } from '../../../lib/settings/auto-lock-alarm';

const NOW = 1_700_000_000_000;
const STEP = Math.floor(NOW / 30_000);

/** A kept view of one time-based account, written by hand as the background would have. */
const VIEW: OpeningView = {
  accountSort: 'name',
  accounts: [{ id: 'a', type: 'totp', issuer: 'Acme', label: 'carol', algorithm: 'SHA1', digits: 6, period: 30, counter: 0, origins: [] }],
  total: 4,
  codes: [{ id: 'a', period: 30, firstStep: STEP - 1, codes: ['111111', '222222', '333333'] }],
};

interface Platform {
  session?: Record<string, unknown>;
  local?: Record<string, unknown>;
  alarms?: Record<string, ScheduledAlarm>;
}

/** The platform API as the browser gives it: each area answers with the keys it holds. */
function platform({ session = {}, local = {}, alarms = {} }: Platform): OpeningPlatform {
  const area = (held: Record<string, unknown>) => ({
    async get(keys: string[]) {
      return Object.fromEntries(keys.filter((key) => key in held).map((key) => [key, held[key]]));
    },
  });
  return {
    storage: { session: area(session), local: area(local) },
    alarms: { get: async (name: string) => alarms[name] },
  };
}

const lockAhead = { [AUTO_LOCK_ALARM]: { scheduledTime: NOW + 60_000 } };
const settings = { settings: { accountSort: 'name', autoLockMinutes: 25 } };

describe('the kept first screen the popup paints before asking', () => {
  it('is the view’s snapshot, unlocked, with the idle delay of the settings', async () => {
    const snapshot = await readOpeningSnapshot(platform({ session: { openingView: VIEW }, local: settings, alarms: lockAhead }), () => NOW);
    expect(snapshot).toEqual({
      status: { state: 'unlocked', autoLockMinutes: 25 },
      accounts: VIEW.accounts,
      total: 4,
      codes: [{ id: 'a', code: '222222', validUntil: (STEP + 1) * 30_000 }],
      accountSort: 'name',
    });
    expect(snapshot).toEqual(snapshotAt(VIEW, 'name', 25, NOW));
  });

  it('reads the settings’ defaults when none are stored (the manual order, 15 minutes)', async () => {
    const manual = { ...VIEW, accountSort: 'manual' as const };
    const snapshot = await readOpeningSnapshot(platform({ session: { openingView: manual }, alarms: lockAhead }), () => NOW);
    expect(snapshot?.status).toEqual({ state: 'unlocked', autoLockMinutes: 15 });
  });
});

describe('no kept first screen is painted', () => {
  it('when there is no view (the vault is locked, or an account just changed)', async () => {
    expect(await readOpeningSnapshot(platform({ local: settings, alarms: lockAhead }), () => NOW)).toBeUndefined();
  });

  it('when the idle lock is not set', async () => {
    expect(await readOpeningSnapshot(platform({ session: { openingView: VIEW }, local: settings }), () => NOW)).toBeUndefined();
  });

  it.each([
    ['due now', NOW],
    ['overdue', NOW - 1],
  ])('when the idle lock is %s (the background sleeps through it)', async (_when, scheduledTime) => {
    const alarms = { [AUTO_LOCK_ALARM]: { scheduledTime } };
    expect(await readOpeningSnapshot(platform({ session: { openingView: VIEW }, local: settings, alarms }), () => NOW)).toBeUndefined();
  });

  it('when only another alarm is set', async () => {
    const alarms = { 'opening-view-renew': { scheduledTime: NOW + 60_000 } };
    expect(await readOpeningSnapshot(platform({ session: { openingView: VIEW }, local: settings, alarms }), () => NOW)).toBeUndefined();
  });

  it('when the settings ask for another order than the view’s', async () => {
    const local = { settings: { accountSort: 'recent' } };
    expect(await readOpeningSnapshot(platform({ session: { openingView: VIEW }, local, alarms: lockAhead }), () => NOW)).toBeUndefined();
  });

  it('when the view’s codes have run out', async () => {
    const later = NOW + 10 * 60_000;
    expect(await readOpeningSnapshot(platform({ session: { openingView: VIEW }, local: settings, alarms: { [AUTO_LOCK_ALARM]: { scheduledTime: later + 60_000 } } }), () => later)).toBeUndefined();
  });

  it('when the view is damaged', async () => {
    const damaged = { ...VIEW, total: 0 };
    expect(await readOpeningSnapshot(platform({ session: { openingView: damaged }, local: settings, alarms: lockAhead }), () => NOW)).toBeUndefined();
  });

  it.each([
    ['storage', (p: OpeningPlatform) => (p.storage.session.get = async () => Promise.reject(new Error('no storage')))],
    ['storage, at once', (p: OpeningPlatform) => (p.storage.local.get = () => { throw new Error('no storage'); })],
    ['alarms', (p: OpeningPlatform) => (p.alarms.get = async () => Promise.reject(new Error('no alarms')))],
    ['the clock', () => undefined],
  ])('when the platform’s %s fails, without throwing', async (what, breakIt) => {
    const p = platform({ session: { openingView: VIEW }, local: settings, alarms: lockAhead });
    breakIt(p);
    const clock = what === 'the clock' ? () => { throw new Error('no clock'); } : () => NOW;
    await expect(readOpeningSnapshot(p, clock)).resolves.toBeUndefined();
  });
});

