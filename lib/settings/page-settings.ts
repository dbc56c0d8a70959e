// The settings a page shows besides the auto-lock delay: clipboard clearing and the theme, read and
// changed through the settings record's one owner (settings-store.ts).
import type { Settings } from './settings-item';
import { readSettings, updateSettings } from './settings-store';

export async function readPageSettings(): Promise<Pick<Settings, 'clipboardClearSeconds' | 'theme'>> {
  const { clipboardClearSeconds, theme } = await readSettings();
  return { clipboardClearSeconds, theme };
}

export function writePageSettings(changes: Partial<Pick<Settings, 'clipboardClearSeconds' | 'theme'>>): Promise<void> {
  return updateSettings(changes);
}
