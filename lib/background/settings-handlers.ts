import { browser } from 'wxt/browser';
import { UserFacingError } from '../user-facing-error';
import type { SettingsView, ThemeChoice, VaultStatus } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { endServerSession } from '../session/end-session';
import * as z from '../zod';
import { clipboardClearer } from './clipboard-clear';
import type { BackgroundDeps } from './deps';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update' | 'clipboard.copied' | 'vault.erase'>;

/** The storage.local key lib/vault/auto-lock.ts shares: each reads its own fields and writes them merged. */
const SETTINGS_KEY = 'settings';
export const DEFAULT_CLIPBOARD_CLEAR_SECONDS = 30;
export const MAX_CLIPBOARD_CLEAR_SECONDS = 600;
/** What the user types to confirm "Erase everything". */
export const ERASE_CONFIRMATION = 'erase';

// Each field is parsed on its own, so one damaged value falls back to its default alone.
const clipboardSecondsSchema = z.int().check(z.gte(0), z.lte(MAX_CLIPBOARD_CLEAR_SECONDS));
const themeSchema = z.enum(['system', 'light', 'dark']);

export class EraseConfirmationError extends UserFacingError {
  override readonly name = 'EraseConfirmationError';

  constructor() {
    super(`Type ${ERASE_CONFIRMATION} to confirm that everything should be erased.`);
  }
}

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

async function writePageSettings(changes: { clipboardClearSeconds?: number; theme?: ThemeChoice }): Promise<void> {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  if (Object.keys(defined).length === 0) return;
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...(await readStoredSettings()), ...defined } });
}

/** Settings of the management page, clearing copied codes, and erasing everything. */
export function settingsHandlers(deps: BackgroundDeps): SettingsHandlers {
  const { vault, autoLock } = deps;

  async function settings(): Promise<SettingsView> {
    return { autoLockMinutes: await autoLock.getAutoLockMinutes(), ...(await readPageSettings()) };
  }

  async function status(): Promise<VaultStatus> {
    return { state: await vault.getVaultState(), autoLockMinutes: await autoLock.getAutoLockMinutes() };
  }

  return {
    'settings.get': { from: 'extension-page', handle: settings },
    'settings.update': {
      from: 'extension-page',
      async handle({ autoLockMinutes, clipboardClearSeconds, theme }) {
        // One after the other: both write the same storage key, merged with what is there.
        if (autoLockMinutes !== undefined) await autoLock.setAutoLockMinutes(autoLockMinutes);
        await writePageSettings({ clipboardClearSeconds, theme });
        return settings();
      },
    },
    'clipboard.copied': {
      from: 'extension-page',
      async handle() {
        await clipboardClearer.schedule((await readPageSettings()).clipboardClearSeconds);
        return {};
      },
    },
    'vault.erase': {
      from: 'extension-page',
      async handle({ confirmation }) {
        if (confirmation !== ERASE_CONFIRMATION) throw new EraseConfirmationError();
        // The session first: ending it needs what storage.session holds about it.
        const ended = await endServerSession();
        await autoLock.cancelAutoLock();
        await vault.eraseVault();
        // Settings, profiles, the backup record, the unlocked key, tokens: nothing is left behind.
        await browser.storage.local.clear();
        await browser.storage.session.clear();
        deps.announceLocked();
        if (ended) deps.announceSessionChanged();
        return status();
      },
    },
  };
}
