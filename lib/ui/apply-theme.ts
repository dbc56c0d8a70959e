// The theme chosen in Settings, applied to an extension page as <html data-theme="light|dark">
// (theme.css honours it; without it the system's preference rules). The page reads the setting
// from storage.local itself, not through the background: it is no secret, and the popup's first
// paint should not wait for an extra message. Through the settings item, whose parser is zod-free.
import { settingsItem, type Settings } from '../settings/settings-item';
import { readStored, watchStored } from '../storage/stored-io';

function show({ theme }: Partial<Settings>): void {
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

/** Applies the stored theme now, and again whenever it changes (from Settings in another page). */
export async function applyTheme(): Promise<void> {
  watchStored(settingsItem, show);
  show(await readStored(settingsItem));
}
