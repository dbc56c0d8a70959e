import type { AutoLockPort, VaultPort } from '../vault/vault-port';

/** What the account messages are handed by the background; tests pass their own. */
export interface AccountDeps {
  vault: VaultPort;
  autoLock: AutoLockPort;
  now(): number;
}
