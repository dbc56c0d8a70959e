// The settings record in storage.local: the auto-lock delay (the vault's), clipboard clearing, the
// theme and the popup's account order. One parser for the whole record, each field checked on its own so one damaged value
// falls back to its default alone. Hand-written, not zod: the pages read the theme through it, and
// the pages carry no zod.
import { defineStoredItem, type Parser } from '../storage/stored-item';

/** The one list of themes: the type, the record's check and the request schema derive from it. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * How the popup orders the accounts: as the user arranged them (the management page's order), by
 * name (issuer, then account name, in the UI language's collation), or the last copied or filled
 * first. Pinned accounts come first in every one of them.
 */
export const ACCOUNT_SORTS = ['manual', 'name', 'recent'] as const;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];

export interface Settings {
  autoLockMinutes: number;
  /** 0 = never clear. */
  clipboardClearSeconds: number;
  theme: Theme;
  accountSort: AccountSort;
}

export const DEFAULT_AUTO_LOCK_MINUTES = 15;
export const MIN_AUTO_LOCK_MINUTES = 1;
export const MAX_AUTO_LOCK_MINUTES = 1440;
export const DEFAULT_CLIPBOARD_CLEAR_SECONDS = 30;
export const MAX_CLIPBOARD_CLEAR_SECONDS = 600;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
  clipboardClearSeconds: DEFAULT_CLIPBOARD_CLEAR_SECONDS,
  theme: 'system',
  accountSort: 'manual',
};

const wholeIn = (min: number, max: number) => (value: unknown) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** What each field accepts. */
export const SETTING_CHECKS: { readonly [K in keyof Settings]: (value: unknown) => boolean } = {
  autoLockMinutes: wholeIn(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES),
  clipboardClearSeconds: wholeIn(0, MAX_CLIPBOARD_CLEAR_SECONDS),
  theme: (value) => THEMES.includes(value as Theme),
  accountSort: (value) => ACCOUNT_SORTS.includes(value as AccountSort),
};

/** Keeps the fields that pass their check and drops the others; anything but an object does not parse. */
const settingsParser: Parser<Partial<Settings>> = {
  safeParse(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { success: false };
    const stored = value as Record<string, unknown>;
    const data: Record<string, unknown> = {};
    for (const [field, check] of Object.entries(SETTING_CHECKS)) if (check(stored[field])) data[field] = stored[field];
    return { success: true, data: data as Partial<Settings> };
  },
};

/**
 * Only the fields the user set are stored (a default is not written down, so a default changed by a
 * later release reaches everyone who never chose): readers complete the record with DEFAULT_SETTINGS.
 */
export const settingsItem = defineStoredItem({
  area: 'local',
  key: 'settings',
  parser: settingsParser,
  fallback: {},
  version: 1,
});
