// What the management page shows of the logged-in user's server account: trusted devices and MFA
// keys. Types only.
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

/**
 * A vault account whose codes log in a server user: one the extension enrolled, or one the user
 * tied (at the MFA step or on the management page). Names only: the seed stays in the background.
 */
export interface AccountTie {
  accountId: string;
  profileId: string;
  username: string;
}

/**
 * Another user of the logged-in server, as an administrator manages it by id. No device is this
 * browser and no key is tied to this vault: those are the administrator's own lists.
 */
export interface OtherUserView {
  profile: ServerProfile;
  /** The id the page asked for: an answer for another id is not this user's. */
  userId: number;
  /** The user's e-mail address, when the server names it. */
  username?: string;
  /** The id is the logged-in user's own: the lists are left empty, the page points to its own sections. */
  self: boolean;
  devices: TrustedDeviceView[];
  keys: MfaKeyView[];
}
