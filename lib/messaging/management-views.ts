import type { OtpAlgorithm, OtpType } from '../otp';
/**
 * Views of the management page (options): trusted devices, MFA keys, account editing, import,
 * backup and settings. Types only. The replies that carry a seed are `accounts.reveal` and
 * `backup.exportPlain`, both only after the vault passphrase is typed again.
 */
import type { ServerProfile } from './server-views';

/** Who the device and key lists belong to: the logged-in user on that server. */
export interface ServerAccountRef {
  profile: ServerProfile;
  username: string;
}

export interface TrustedDeviceView {
  id: number;
  operatingSystem?: string;
  browser?: string;
  /** Epoch ms the device was registered (trusted since). */
  activatedAt?: number;
  /** Epoch ms the trust ends (activation + 90 days). */
  expiresAt?: number;
  /** The device this browser registered. */
  thisBrowser: boolean;
}

export interface TrustedDevicesView extends ServerAccountRef {
  devices: TrustedDeviceView[];
}

export interface MfaKeyView {
  id: number;
  type: string;
  status: string;
  /** True once the server has activated the key. */
  active: boolean;
  createdAt?: number;
  activatedAt?: number;
  /** The vault account holding this key's seed, when the vault has it. */
  vaultAccount?: { id: string; issuer: string; label: string };
  /** The key is an unfinished enrolment of this browser: the page offers finish and cancel. */
  pendingAccountId?: string;
}

export interface MfaKeysView extends ServerAccountRef {
  keys: MfaKeyView[];
}

/** One fields-only change of an account; the secret never changes here. */
export interface AccountEdit {
  id: string;
  issuer?: string;
  label?: string;
  algorithm?: OtpAlgorithm;
  digits?: number;
  period?: number;
  counter?: number;
  /** Where the code may be filled: origins such as `https://github.com`. */
  origins?: string[];
}

/** What an import or a restore would do with one entry. Never the secret. */
export interface ImportPreviewItem {
  index: number;
  status: 'new' | 'duplicate' | 'invalid';
  type?: OtpType;
  issuer?: string;
  label?: string;
  /** For a duplicate: the name of the vault account it matches (same secret and parameters). */
  duplicateOf?: string;
  /** For an invalid entry: one sentence saying why. */
  reason?: string;
}

export interface ImportResult {
  added: number;
  skipped: number;
}

export interface BackupFile {
  fileName: string;
  /** The encrypted backup, as the text of a JSON file (format in the README). */
  content: string;
}

export interface BackupStatus {
  /** Epoch ms of the last encrypted backup made from this browser. */
  lastBackupAt?: number;
  /** Accounts were added or changed since then (or there was never a backup and there are accounts). */
  reminder: boolean;
}

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface SettingsView {
  autoLockMinutes: number;
  /** 0 = never clear. */
  clipboardClearSeconds: number;
  theme: ThemeChoice;
}
