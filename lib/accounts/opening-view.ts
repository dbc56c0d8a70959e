// The popup's first screen as the background last drew it: the top of the list and, for its
// time-based accounts, the codes of the next quarter of an hour. The background keeps it in
// storage.session, so a popup that finds the background asleep (the browser stops an idle one)
// paints its codes at once, without waiting for the background to start, and asks it afterwards.
//
// What it exposes: storage.session is memory only, gone when the browser closes, and readable by
// the extension's own pages and background alone, where the unlocked data key already is (which
// opens every seed). Codes, never seeds; none at all while the vault is locked: the background
// drops the view before it locks, before any change to the accounts, and on erasing.
//
// Read by the popup's first script, so nothing here loads zod or the polyfill.
import type { AccountSort } from '../settings/settings-item';
import { ACCOUNT_SORTS, DEFAULT_SETTINGS, settingsItem } from '../settings/settings-item';
import { AUTO_LOCK_ALARM, autoLockPending, type ScheduledAlarm } from '../settings/auto-lock-alarm';
import { readStoredEarly, type PlatformStorage } from '../storage/early-read';
import { defineStoredItem, type Parser } from '../storage/stored-item';
import type { AccountSummary } from './account-view';
import type { TotpCode } from './current-codes';
import type { PopupSnapshot } from './popup-messages';

/** How far ahead the codes go; the background renews them before they run out (OPENING_VIEW_RENEW_MS). */
export const OPENING_VIEW_AHEAD_MS = 15 * 60_000;

/** One account's codes, one per time step from `firstStep` on. */
export interface CodeRun {
  id: string;
  /** Seconds per code, as the account's. */
  period: number;
  firstStep: number;
  codes: string[];
}

export interface OpeningView {
  /** The order the rows are in: a view drawn in another order than the one chosen now is not used. */
  accountSort: AccountSort;
  /** The first screen's accounts, in that order. */
  accounts: AccountSummary[];
  /** How many accounts there are in all. */
  total: number;
  codes: CodeRun[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isWhole = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** What the rows draw from; the background wrote the rest of it from the same summary. */
function isSummary(value: unknown): value is AccountSummary {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    (value.type === 'totp' || value.type === 'hotp') &&
    typeof value.issuer === 'string' &&
    typeof value.label === 'string' &&
    isWhole(value.digits) &&
    isWhole(value.period) &&
    isStringList(value.origins)
  );
}

function isCodeRun(value: unknown): value is CodeRun {
  return isObject(value) && typeof value.id === 'string' && isWhole(value.period) && value.period > 0 && isWhole(value.firstStep) && isStringList(value.codes);
}

/** Hand-written (pages carry no zod); the background wrote the value, but memory is read as input too. */
const openingViewParser: Parser<OpeningView> = {
  safeParse(value) {
    const ok =
      isObject(value) &&
      ACCOUNT_SORTS.includes(value.accountSort as AccountSort) &&
      Array.isArray(value.accounts) &&
      value.accounts.every(isSummary) &&
      isWhole(value.total) &&
      value.total >= value.accounts.length &&
      Array.isArray(value.codes) &&
      value.codes.every(isCodeRun);
    return ok ? { success: true, data: value as unknown as OpeningView } : { success: false };
  },
};

export const openingViewItem = defineStoredItem<OpeningView | undefined>({
  area: 'session',
  key: 'openingView',
  parser: openingViewParser,
  fallback: undefined,
  version: 1,
  removeDamaged: true,
});

/**
 * The opening snapshot the view gives at `now`, or undefined when it cannot be shown as it is:
 * drawn in another order than `sort`, or without the current code of a time-based account on it
 * (a view older than its codes). Counter-based rows never carry a code: each is asked for.
 */
export function snapshotAt(view: OpeningView, sort: AccountSort, autoLockMinutes: number, now: number): PopupSnapshot | undefined {
  if (view.accountSort !== sort) return undefined;
  const runs = new Map(view.codes.map((run) => [run.id, run]));
  const codes: TotpCode[] = [];
  for (const account of view.accounts) {
    if (account.type !== 'totp') continue;
    const run = runs.get(account.id);
    if (!run || run.period !== account.period) return undefined;
    const step = Math.floor(now / 1000 / run.period);
    const code = run.codes[step - run.firstStep];
    if (step < run.firstStep || code === undefined) return undefined;
    codes.push({ id: account.id, code, validUntil: (step + 1) * run.period * 1000 });
  }
  return {
    status: { state: 'unlocked', autoLockMinutes },
    accounts: view.accounts,
    total: view.total,
    codes,
    accountSort: view.accountSort,
  };
}

/** The kept view as stored (not yet checked against the time, the order or the lock); undefined if unreadable. */
export function readKeptView(platform: PlatformStorage): Promise<OpeningView | undefined> {
  return readStoredEarly(platform, openingViewItem).catch(() => undefined);
}

/** The platform API the popup's first script reads the view with: storage and the alarms. */
export interface OpeningPlatform extends PlatformStorage {
  alarms: { get(name: string): Promise<ScheduledAlarm | undefined> };
}

/**
 * The snapshot to paint before the background answers, if the kept view can be shown now: there is
 * one (so the vault was unlocked when it was drawn), the idle lock is still ahead, and it fits the
 * order chosen and the present time. Anything unreadable means "no": the popup asks as before.
 */
export async function readOpeningSnapshot(
  platform: OpeningPlatform,
  now: () => number,
  /** The view's read, when the caller started it already (to act on its absence at once). */
  viewRead: Promise<OpeningView | undefined> = readKeptView(platform),
): Promise<PopupSnapshot | undefined> {
  try {
    const [view, settings, lockAlarm] = await Promise.all([
      viewRead,
      readStoredEarly(platform, settingsItem),
      platform.alarms.get(AUTO_LOCK_ALARM),
    ]);
    const at = now();
    if (!view || !autoLockPending(lockAlarm, at)) return undefined;
    const { accountSort, autoLockMinutes } = { ...DEFAULT_SETTINGS, ...settings };
    return snapshotAt(view, accountSort, autoLockMinutes, at);
  } catch {
    return undefined;
  }
}
