import type { VaultPort } from '../vault/vault-port';
import type { ServerPort } from './server-port';

/** What the server flows are handed by the background; tests pass their own. */
export interface ServerDeps {
  vault: VaultPort;
  servers: ServerPort;
  now(): number;
  /** Waits; tests pass one that moves their fake clock instead. */
  sleep(ms: number): Promise<void>;
  /** Tells open extension pages that the vault locked, so none keeps showing codes. */
  announceLocked(): void;
  /** Tells open extension pages that the server session changed without them asking. */
  announceSessionChanged(): void;
}
