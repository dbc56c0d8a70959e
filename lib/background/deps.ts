import type { AutofillDeps } from '../autofill/worker/autofill-deps';
import type { MessageDeps } from '../protocol/protocol';
import { endServerSession } from '../server/session/end-session';
import { lockVaultAndEndSession } from '../server/session/lock';
import type { ServerDeps } from '../server/server-deps';
import type { AutoLockPort } from '../vault/vault-port';
import { eraseStoredItems } from '../storage/erase-stored';
import { recordUse } from './activity';
import { STORAGE_CATALOGUE } from './storage-catalogue';

/** What the background builds once: the vault, the servers, the clock and the announcements. */
export interface BackgroundPorts extends ServerDeps {
  autoLock: AutoLockPort;
  /** Runs a sync cycle now and resolves once it (and any it asked for) is done; nothing while sync is off. */
  syncNow(): Promise<void>;
}

/** The ports plus the steps composed of several capabilities: what the message groups and listeners are handed. */
export type BackgroundDeps = BackgroundPorts & AutofillDeps & MessageDeps;

/**
 * Adds the composed steps, bound to these ports (a copy of the ports with another vault gets steps
 * that use that vault). Capabilities never import each other for these: the wiring joins them.
 */
export function withCompositions<P extends BackgroundPorts>(ports: P): P & BackgroundDeps {
  const deps: P & BackgroundDeps = {
    ...ports,
    recordUse: () => recordUse(deps),
    lockVaultAndEndSession: () => lockVaultAndEndSession(deps),
    endServerSession: () => endServerSession(),
    eraseStorage: () => eraseStoredItems(STORAGE_CATALOGUE),
  };
  return deps;
}
