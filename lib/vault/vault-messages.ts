import { t } from '../i18n/t';
import { pageMessage } from '../messaging/page-message';
import { empty, int, passphrase, text } from '../messaging/request-fields';
import { UserFacingError } from '../user-facing-error';
import * as z from '../zod';
import type { AutoLockPort, VaultPort, VaultStatus } from './vault-port';

/** What the user types to confirm "Erase everything". */
export const ERASE_CONFIRMATION = 'erase';

export class EraseConfirmationError extends UserFacingError {
  override readonly name = 'EraseConfirmationError';

  constructor() {
    super(t('vaultEraseConfirmation', { word: ERASE_CONFIRMATION }));
  }
}

/**
 * What the vault's messages are handed. Locking and erasing end what lives only while the vault is
 * open, which other capabilities own: the background passes those steps in.
 */
export interface VaultMessageDeps {
  vault: VaultPort;
  autoLock: AutoLockPort;
  /** Locks the vault and ends the server session with it; tells open pages. */
  lockVaultAndEndSession(): Promise<void>;
  /** Ends the server session; true when there was one to end. */
  endServerSession(): Promise<boolean>;
  /** Removes everything the extension keeps in the browser's storage areas. */
  eraseStorage(): Promise<void>;
  announceLocked(): void;
  announceSessionChanged(): void;
}

export function vaultMessages(deps: VaultMessageDeps) {
  const { vault, autoLock } = deps;
  async function status(): Promise<VaultStatus> {
    return { state: await vault.getVaultState(), autoLockMinutes: await autoLock.getAutoLockMinutes() };
  }

  return {
    'vault.status': pageMessage({ request: empty, passive: true, handle: status }),
    'vault.create': pageMessage({
      request: z.strictObject({ passphrase }),
      async handle({ passphrase }) {
        await vault.createVault(passphrase);
        return status();
      },
    }),
    'vault.unlock': pageMessage({
      request: z.strictObject({ passphrase }),
      async handle({ passphrase }) {
        await vault.unlockVault(passphrase);
        return status();
      },
    }),
    'vault.lock': pageMessage({
      request: empty,
      async handle() {
        // Ends the server session as well: its tokens are kept only while the vault is unlocked.
        await deps.lockVaultAndEndSession();
        await autoLock.cancelAutoLock();
        return status();
      },
    }),
    'vault.changePassphrase': pageMessage({
      request: z.strictObject({ current: passphrase, next: passphrase }),
      async handle({ current, next }) {
        await vault.changePassphrase(current, next);
        return status();
      },
    }),
    'settings.setAutoLock': pageMessage({
      request: z.strictObject({ minutes: int(1, 1440) }),
      async handle({ minutes }) {
        await autoLock.setAutoLockMinutes(minutes);
        return status();
      },
    }),
    /** Deletes the vault, the settings, the profiles and the session. `confirmation` must be "erase". */
    'vault.erase': pageMessage({
      request: z.strictObject({ confirmation: text(64) }),
      async handle({ confirmation }) {
        if (confirmation !== ERASE_CONFIRMATION) throw new EraseConfirmationError();
        // The session first: ending it needs what storage.session holds about it.
        const ended = await deps.endServerSession();
        await autoLock.cancelAutoLock();
        await vault.eraseVault();
        // Settings, profiles, the backup record, the unlocked key, tokens: nothing is left behind.
        await deps.eraseStorage();
        deps.announceLocked();
        if (ended) deps.announceSessionChanged();
        return status();
      },
    }),
  };
}
