import type { Handlers } from '../messaging/router';
import { accountHandlers } from './account-handlers';
import { popupHandlers } from './popup-handlers';
import type { BackgroundDeps } from './deps';
import { vaultHandlers } from './vault-handlers';

/** Every message the background answers, one small async function each. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return { ...popupHandlers(deps), ...vaultHandlers(deps), ...accountHandlers(deps) };
}
