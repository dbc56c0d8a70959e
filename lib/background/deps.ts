import type { EmnifyClient } from '../api';
import type { LoginMethod, ServerProfile, VaultState } from '../messaging/protocol';
import type { OtpAccount } from '../otp';
import type { ServerBinding, VaultRecord } from '../vault/record-types';

export type StoredAccount = OtpAccount & {
  id: string;
  createdAt: number;
  server?: ServerBinding;
  /** Sites where the code may be filled (origins such as `https://github.com`), encrypted with the account. */
  origins?: string[];
};

/** A deleted account as it was on disk (still encrypted), kept for a short undo. */
export type DeletedAccount = { id: string; order: number; iv: Uint8Array; ciphertext: Uint8Array };
export type AccountFields = Omit<StoredAccount, 'id' | 'createdAt'>;

/** What the handlers need of the vault; the real one is lib/vault, tests may pass their own. */
export interface VaultPort {
  getVaultState(): Promise<VaultState>;
  createVault(passphrase: string): Promise<void>;
  unlockVault(passphrase: string): Promise<void>;
  lockVault(): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  listAccounts(): Promise<StoredAccount[]>;
  getAccount(id: string): Promise<StoredAccount>;
  addAccount(fields: AccountFields): Promise<StoredAccount>;
  updateAccount(id: string, patch: Partial<AccountFields>): Promise<StoredAccount>;
  /** Moves an HOTP counter on atomically; returns the account as it was, to generate the code with. */
  advanceHotpCounter(id: string): Promise<StoredAccount>;
  /** Deletes the account; the returned sealed record can put it back with restoreAccount. */
  deleteAccount(id: string): Promise<DeletedAccount>;
  /** Puts a deleted account back at its place (refused if its id exists again or it does not decrypt). */
  restoreAccount(deleted: DeletedAccount): Promise<StoredAccount>;
  /** Stores a new order: `ids` must name every account exactly once. */
  reorderAccounts(ids: string[]): Promise<void>;
  /** WrongPassphraseError unless `passphrase` unwraps the vault's key (for reveals and plain exports). */
  verifyPassphrase(passphrase: string): Promise<void>;
  /** Deletes the whole vault database and the unlocked key: the extension starts over. */
  eraseVault(): Promise<void>;
  /** Every secret record (trusted devices, profile credentials), decrypted. VaultLockedError when locked. */
  listRecords(): Promise<VaultRecord[]>;
  /** Adds the record, or replaces the one with the same id. */
  putRecord(record: VaultRecord): Promise<void>;
  /** Removes the record; nothing happens when there is none with that id. */
  deleteRecord(id: string): Promise<void>;
}

export interface AutoLockPort {
  getAutoLockMinutes(): Promise<number>;
  setAutoLockMinutes(minutes: number): Promise<void>;
  touchAutoLock(): Promise<void>;
  cancelAutoLock(): Promise<void>;
}

/** A logged-in EMnify session and the one client that serves it. */
export interface LoggedInSession {
  profile: ServerProfile;
  /** The e-mail address; absent after an application-token login. */
  username?: string;
  method: LoginMethod;
  client: EmnifyClient;
}

/** Server profiles and the current session, as the flows that need a server see them. */
export interface ServerPort {
  listProfiles(): Promise<ServerProfile[]>;
  /** UnknownProfileError when there is no such profile. */
  getProfile(id: string): Promise<ServerProfile>;
  currentSession(): Promise<LoggedInSession | undefined>;
  /** The current session, or NotLoggedInError. */
  requireSession(): Promise<LoggedInSession>;
}

export interface BackgroundDeps {
  vault: VaultPort;
  autoLock: AutoLockPort;
  servers: ServerPort;
  now(): number;
  /** Waits; tests pass one that moves their fake clock instead. */
  sleep(ms: number): Promise<void>;
  /** Tells open extension pages that the vault locked, so none keeps showing codes. */
  announceLocked(): void;
  /** Tells open extension pages that the server session changed without them asking. */
  announceSessionChanged(): void;
}
