import type { BackgroundPorts } from './deps';
import { lockVaultAndEndSession } from '../server/session/lock';

/**
 * Restarts the auto-lock timer after a deliberate use of an unlocked vault: a message not marked
 * passive in its definition, or a keyboard or menu fill. It runs after the reply has gone, so it
 * never slows the popup down. If the timer cannot be set, the vault is locked at once (ending the
 * server session with it) and open pages are told: an unlocked vault with no timer would stay
 * open indefinitely.
 */
export async function recordActivity(message: { passive: boolean }, deps: BackgroundPorts): Promise<void> {
  if (!message.passive) await recordUse(deps);
}

/** A use of the vault that is no message (a keyboard or menu fill). */
export async function recordUse(deps: BackgroundPorts): Promise<void> {
  if ((await deps.vault.getVaultState()) !== 'unlocked') return;
  try {
    await deps.autoLock.touchAutoLock();
  } catch (error) {
    console.warn(`Locking the vault: the idle timer could not be set (${(error as Error).name}).`);
    await lockVaultAndEndSession(deps);
  }
}
