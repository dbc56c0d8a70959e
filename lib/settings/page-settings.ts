// The settings a page shows and the background uses (clipboard clearing, theme). Stored in
// storage.local under one key, which lib/vault/auto-lock.ts shares for the idle time.
import { browser } from 'wxt/browser';
import type { SettingsView, ThemeChoice } from './settings-view';
import * as z from '../zod';

/** The storage.local key lib/vault/auto-lock.ts shares: each reads its own fields and writes them merged. */
const SETTINGS_KEY = 'settings';
export const DEFAULT_CLIPBOARD_CLEAR_SECONDS = 30;
export const MAX_CLIPBOARD_CLEAR_SECONDS = 600;

// Each field is parsed on its own, so one damaged value falls back to its default alone.
const clipboardSecondsSchema = z.int().check(z.gte(0), z.lte(MAX_CLIPBOARD_CLEAR_SECONDS));
const themeSchema = z.enum(['system', 'light', 'dark']);

async function readStoredSettings(): Promise<Record<string, unknown>> {
  const stored: unknown = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
}

export async function readPageSettings(): Promise<Pick<SettingsView, 'clipboardClearSeconds' | 'theme'>> {
  const stored = await readStoredSettings();
  const seconds = clipboardSecondsSchema.safeParse(stored.clipboardClearSeconds);
  const theme = themeSchema.safeParse(stored.theme);
  return {
    clipboardClearSeconds: seconds.success ? seconds.data : DEFAULT_CLIPBOARD_CLEAR_SECONDS,
    theme: theme.success ? theme.data : 'system',
  };
}

export async function writePageSettings(changes: { clipboardClearSeconds?: number; theme?: ThemeChoice }): Promise<void> {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  if (Object.keys(defined).length === 0) return;
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...(await readStoredSettings()), ...defined } });
}
