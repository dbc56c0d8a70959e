import type { MessageType } from '../messaging/protocol';
import { lockVaultAndEndSession } from '../server/lock';
import type { BackgroundDeps } from './deps';

/**
 * Messages a page sends by itself rather than on the user's behalf: asking the state on opening
 * (the vault's, the server session's, the lists it shows) and refreshing codes as they expire.
 * Everything else (unlocking, opening the codes list, adding, asking for an HOTP code, logging
 * in) is use, and restarts the idle timer.
 */
const PASSIVE_MESSAGES: ReadonlySet<MessageType> = new Set([
  'vault.status',
  'codes.current',
  'session.view',
  'profiles.list',
  'enrolment.list',
  'backup.status',
  'settings.get',
  'autofill.candidates',
  'autofill.pending',
]);

/**
 * Restarts the auto-lock timer after a deliberate use of an unlocked vault. It runs after the reply
 * has gone, so it never slows the popup down. If the timer cannot be set, the vault is locked at
 * once (ending the server session with it) and open pages are told: an unlocked vault with no
 * timer would stay open indefinitely.
 */
export async function recordActivity(type: MessageType, deps: BackgroundDeps): Promise<void> {
  if (!PASSIVE_MESSAGES.has(type)) await recordUse(deps);
}

/** A use of the vault that is no message (a keyboard or menu fill): restarts the idle timer. */
export async function recordUse(deps: BackgroundDeps): Promise<void> {
  if ((await deps.vault.getVaultState()) !== 'unlocked') return;
  try {
    await deps.autoLock.touchAutoLock();
  } catch (error) {
    console.warn(`Locking the vault: the idle timer could not be set (${(error as Error).name}).`);
    await lockVaultAndEndSession(deps);
  }
}
