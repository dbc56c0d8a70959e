// The vault as the rest of the extension sees it: the one account type (the OTP parameters of
// lib/otp plus what the vault keeps with them), and the port every capability is handed. Views
// derive from StoredAccount (lib/accounts/account-view.ts); nothing copies its fields.
import type { OtpAccount } from '../otp';
import type { SiteMatch } from './origins';
import type { ServerBinding, VaultRecord } from './record-types';
import type { VaultState } from './vault-service';

/** What every page may know of the vault. */
export interface VaultStatus {
  state: VaultState;
  autoLockMinutes: number;
}

/** An account as the vault keeps it: the OTP parameters plus what the vault adds to them. */
export type StoredAccount = OtpAccount & {
  id: string;
  createdAt: number;
  /** Absent when no server user owns the seed, and in every payload written before bindings. */
  server?: ServerBinding;
  /** Sites where the code may be filled, normalised origins (`https://github.com`); absent in older payloads. */
  origins?: string[];
  /** Whether `origins` match their exact addresses or their whole sites; absent means the former. */
  siteMatch?: SiteMatch;
  /** Shown before the others in the popup; absent in older payloads (not pinned). */
  pinned?: boolean;
  /** Epoch ms its code was last copied or filled; absent when never (or before this was kept). */
  lastUsedAt?: number;
  /** Kept on this browser only, never synced; absent in older payloads (synced like the others). */
  localOnly?: boolean;
};

/** A deleted account as it was on disk (still encrypted), kept for a short undo. */
export type DeletedAccount = { id: string; order: number; iv: Uint8Array; ciphertext: Uint8Array };
export type AccountFields = Omit<StoredAccount, 'id' | 'createdAt'>;
/** A change of some fields. `server: null` unties the account; undefined, as for every field, keeps it. */
export type AccountPatch = Partial<Omit<AccountFields, 'server'>> & { server?: ServerBinding | null };

/** What the capabilities need of the vault; the real one is createVaultService, tests may pass their own. */
export interface VaultPort {
  getVaultState(): Promise<VaultState>;
  createVault(passphrase: string): Promise<void>;
  unlockVault(passphrase: string): Promise<void>;
  lockVault(): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  listAccounts(): Promise<StoredAccount[]>;
  getAccount(id: string): Promise<StoredAccount>;
  addAccount(fields: AccountFields): Promise<StoredAccount>;
  updateAccount(id: string, patch: AccountPatch): Promise<StoredAccount>;
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
