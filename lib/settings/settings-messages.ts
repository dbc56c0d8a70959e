import { pageMessage } from '../messaging/page-message';
import { empty, int } from '../messaging/request-fields';
import * as z from '../zod';
import { readPageSettings, writePageSettings } from './page-settings';
import { ACCOUNT_SORTS, THEMES } from './settings-item';
import type { SettingsView } from './settings-view';

/** What the settings messages are handed: the vault's idle timer, which keeps its own minutes. */
export interface SettingsDeps {
  autoLock: { getAutoLockMinutes(): Promise<number>; setAutoLockMinutes(minutes: number): Promise<void> };
}

/** The settings of the management page, and the popup's choice of order. */
export function settingsMessages({ autoLock }: SettingsDeps) {
  async function settings(): Promise<SettingsView> {
    return { autoLockMinutes: await autoLock.getAutoLockMinutes(), ...(await readPageSettings()) };
  }

  return {
    'settings.get': pageMessage({ request: empty, passive: true, handle: settings }),
    'settings.update': pageMessage({
      request: z.strictObject({
        autoLockMinutes: z.optional(int(1, 1440)),
        clipboardClearSeconds: z.optional(int(0, 600)),
        theme: z.optional(z.enum(THEMES)),
        accountSort: z.optional(z.enum(ACCOUNT_SORTS)),
      }),
      async handle({ autoLockMinutes, clipboardClearSeconds, theme, accountSort }) {
        // One after the other: both write the same storage key, merged with what is there.
        if (autoLockMinutes !== undefined) await autoLock.setAutoLockMinutes(autoLockMinutes);
        await writePageSettings({ clipboardClearSeconds, theme, accountSort });
        return settings();
      },
    }),
  };
}
