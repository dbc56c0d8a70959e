// The settings as pages see and change them: the whole record, completed with the defaults.
export type { Settings as SettingsView, Theme as ThemeChoice, AccountSort } from './settings-item';
