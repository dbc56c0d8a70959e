// The settings a page shows besides the auto-lock delay: clipboard clearing, the theme and the
// popup's account order, read and changed through the settings record's one owner (settings-store.ts).
import type { Settings } from './settings-item';
import { readSettings, updateSettings } from './settings-store';

type PageSettings = Pick<Settings, 'clipboardClearSeconds' | 'theme' | 'accountSort'>;

export async function readPageSettings(): Promise<PageSettings> {
  const { clipboardClearSeconds, theme, accountSort } = await readSettings();
  return { clipboardClearSeconds, theme, accountSort };
}

export function writePageSettings(changes: Partial<PageSettings>): Promise<void> {
  return updateSettings(changes);
}
