import { eraseStoredItems } from '../storage/erase-stored';
import { STORAGE_CATALOGUE } from './storage-catalogue';
import { UserFacingError } from '../user-facing-error';
import type { SettingsView, VaultStatus } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { endServerSession } from '../server/end-session';
import { clipboardClearer } from '../clipboard/clipboard-clear';
import { readPageSettings, writePageSettings } from '../settings/page-settings';
import type { BackgroundDeps } from './deps';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update' | 'clipboard.copied' | 'vault.erase'>;

/** What the user types to confirm "Erase everything". */
export const ERASE_CONFIRMATION = 'erase';

export class EraseConfirmationError extends UserFacingError {
  override readonly name = 'EraseConfirmationError';

  constructor() {
    super(`Type ${ERASE_CONFIRMATION} to confirm that everything should be erased.`);
  }
}

/** Settings of the management page, clearing copied codes, and erasing everything. */
export function settingsHandlers(deps: BackgroundDeps): SettingsHandlers {
  const { vault, autoLock } = deps;

  async function settings(): Promise<SettingsView> {
    return { autoLockMinutes: await autoLock.getAutoLockMinutes(), ...(await readPageSettings()) };
  }

  async function status(): Promise<VaultStatus> {
    return { state: await vault.getVaultState(), autoLockMinutes: await autoLock.getAutoLockMinutes() };
  }

  return {
    'settings.get': { from: 'extension-page', handle: settings },
    'settings.update': {
      from: 'extension-page',
      async handle({ autoLockMinutes, clipboardClearSeconds, theme }) {
        // One after the other: both write the same storage key, merged with what is there.
        if (autoLockMinutes !== undefined) await autoLock.setAutoLockMinutes(autoLockMinutes);
        await writePageSettings({ clipboardClearSeconds, theme });
        return settings();
      },
    },
    'clipboard.copied': {
      from: 'extension-page',
      async handle() {
        await clipboardClearer.schedule((await readPageSettings()).clipboardClearSeconds);
        return {};
      },
    },
    'vault.erase': {
      from: 'extension-page',
      async handle({ confirmation }) {
        if (confirmation !== ERASE_CONFIRMATION) throw new EraseConfirmationError();
        // The session first: ending it needs what storage.session holds about it.
        const ended = await endServerSession();
        await autoLock.cancelAutoLock();
        await vault.eraseVault();
        // Settings, profiles, the backup record, the unlocked key, tokens: nothing is left behind.
        await eraseStoredItems(STORAGE_CATALOGUE);
        deps.announceLocked();
        if (ended) deps.announceSessionChanged();
        return status();
      },
    },
  };
}
