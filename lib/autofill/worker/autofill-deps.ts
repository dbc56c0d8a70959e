import type { VaultPort } from '../../vault/vault-port';

/** What the fill flow is handed by the background; tests pass their own. */
export interface AutofillDeps {
  vault: VaultPort;
  now(): number;
  /** A fill is a use of the vault, like a popup request: the background restarts the idle timer. */
  recordUse(): Promise<void>;
}
