import type { AutofillDeps } from '../autofill/worker/autofill-deps';
import type { ServerDeps } from '../server/server-deps';
import type { AutoLockPort } from '../vault/vault-port';

/** Everything the background builds once and hands to the capabilities it wires. */
export interface BackgroundDeps extends ServerDeps, AutofillDeps {
  autoLock: AutoLockPort;
}
