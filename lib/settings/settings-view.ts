// The settings as pages see and change them. Types only.

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface SettingsView {
  autoLockMinutes: number;
  /** 0 = never clear. */
  clipboardClearSeconds: number;
  theme: ThemeChoice;
}
