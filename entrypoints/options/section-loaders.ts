import type { FunctionComponent } from 'preact';
import type { VaultStatus } from '../../lib/protocol/protocol';
import type { SectionId } from './sections';

export interface SectionProps {
  onStatus: (status: VaultStatus) => void;
}

/**
 * Each section is its own chunk, loaded when it is first opened: the page shows one section at a
 * time, so its first paint carries only the navigation and the section asked for.
 */
export const SECTION_LOADERS: Record<SectionId, () => Promise<FunctionComponent<SectionProps>>> = {
  devices: () => import('./views/devices/devices-section').then((m) => m.DevicesSection),
  'mfa-keys': () => import('./views/mfa-keys/mfa-keys-section').then((m) => m.MfaKeysSection),
  'other-users': () => import('./views/other-users/other-users-section').then((m) => m.OtherUsersSection),
  accounts: () => import('./views/accounts/accounts-section').then((m) => m.AccountsSection),
  import: () => import('./views/import/import-section').then((m) => m.ImportSection),
  backup: () => import('./views/backup/backup-section').then((m) => m.BackupSection),
  settings: () => import('./views/settings/settings-section').then((m) => m.SettingsSection),
};
