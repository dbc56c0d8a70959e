// The theme chosen in Settings, applied to an extension page as <html data-theme="light|dark">
// (theme.css honours it; without it the system's preference rules). The page reads the setting
// from storage.local itself, not through the background: it is no secret, and the popup's first
// paint should not wait for an extra message.
import { browser } from 'wxt/browser';

const SETTINGS_KEY = 'settings';

function themeOf(settings: unknown): 'light' | 'dark' | undefined {
  const theme = (settings as { theme?: unknown } | undefined)?.theme;
  return theme === 'light' || theme === 'dark' ? theme : undefined;
}

function show(settings: unknown): void {
  const theme = themeOf(settings);
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

/** Applies the stored theme now, and again whenever it changes (from Settings in another page). */
export async function applyTheme(): Promise<void> {
  browser.storage.local.onChanged.addListener((changes) => {
    if (SETTINGS_KEY in changes) show(changes[SETTINGS_KEY]?.newValue);
  });
  show((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}
