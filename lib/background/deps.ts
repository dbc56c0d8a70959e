import type { OtpAccount } from '../otp';
import type { VaultState } from '../messaging/protocol';

type StoredAccount = OtpAccount & { id: string; createdAt: number };
type AccountFields = Omit<StoredAccount, 'id' | 'createdAt'>;

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
}

export interface AutoLockPort {
  getAutoLockMinutes(): Promise<number>;
  setAutoLockMinutes(minutes: number): Promise<void>;
  touchAutoLock(): Promise<void>;
  cancelAutoLock(): Promise<void>;
}

export interface BackgroundDeps {
  vault: VaultPort;
  autoLock: AutoLockPort;
  now(): number;
  /** Tells open extension pages that the vault locked, so none keeps showing codes. */
  announceLocked(): void;
}
