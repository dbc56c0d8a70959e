// The vault as the rest of the extension sees it: the one account type (the OTP parameters of
// lib/otp plus what the vault keeps with them), and the port every capability is handed. Views
// derive from StoredAccount (lib/accounts/account-view.ts); nothing copies its fields.
import type { Sealed } from '../crypto/aes-gcm';
import type { OtpAccount } from '../otp';
import type { SiteMatch } from './origins';
import type { ServerBinding, VaultRecord } from './record-types';
import type { KeyringRecord } from './schemas';
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

/** The accounts as a sync read them, and the version to hand back with the changes made from them. */
export type AccountsForSync = { accounts: StoredAccount[]; version: number };

/**
 * Changes brought from other browsers: accounts to add or replace (each with its own id and
 * createdAt), ids to remove, and optionally the whole new order. Applied whole or not at all.
 */
export type SyncedChange = { put: readonly StoredAccount[]; remove: readonly string[]; order?: readonly string[] };

/** AES-GCM under the vault's data key, for what the sync stores; the key itself stays in the vault. */
export interface SyncCipher {
  seal(plaintext: Uint8Array, aad: Uint8Array): Promise<Sealed>;
  /** DecryptionError when the bytes were altered, sealed under another key or with another AAD. */
  open(sealed: Sealed, aad: Uint8Array): Promise<Uint8Array>;
}

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
  /** Every account, with the version of the accounts they are (unlocked only). */
  readAccountsForSync(): Promise<AccountsForSync>;
  /**
   * Applies changes made from readAccountsForSync's answer at `version`, in one transaction;
   * VaultChangedMeanwhileError if an account was written since, InvalidAccountError or
   * InvalidOrderError if the change is not valid. Nothing is written in those cases.
   */
  applySyncedChanges(version: number, change: SyncedChange): Promise<void>;
  /** The keyring, as the sync publishes it to other browsers (the data key stays wrapped). */
  getKeyring(): Promise<KeyringRecord>;
  /**
   * Joining a synced vault: every account and secret record is sealed again under `dataKey`, which
   * `keyring` must wrap (the caller checked it with the passphrase), and the keyring is replaced.
   * The vault stays unlocked, now with `dataKey`; deletions kept for an undo are dropped.
   */
  rekeyVault(keyring: KeyringRecord, dataKey: Uint8Array): Promise<void>;
  /** A browser with no vault yet takes a synced vault's keyring, and is unlocked with `dataKey`. */
  adoptKeyringWhileUninitialised(keyring: KeyringRecord, dataKey: Uint8Array): Promise<void>;
  /** The passphrase changed on another browser: the same data key, wrapped anew (unlocked only). */
  replaceKeyring(keyring: KeyringRecord): Promise<void>;
  /** The same for a locked browser: kept aside until an unlock with the new passphrase proves it. */
  setPendingKeyring(keyring: KeyringRecord): Promise<void>;
  /** A cipher under the unlocked data key (VaultLockedError when locked, now or when used). */
  syncCipher(): Promise<SyncCipher>;
}

export interface AutoLockPort {
  getAutoLockMinutes(): Promise<number>;
  setAutoLockMinutes(minutes: number): Promise<void>;
  touchAutoLock(): Promise<void>;
  cancelAutoLock(): Promise<void>;
}
