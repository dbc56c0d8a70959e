import type { VaultStatus } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import type { BackgroundDeps } from './deps';

type VaultHandlers = Pick<
  Handlers,
  'vault.status' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase' | 'settings.setAutoLock'
>;

export function vaultHandlers({ vault, autoLock, announceLocked }: BackgroundDeps): VaultHandlers {
  async function status(): Promise<VaultStatus> {
    return { state: await vault.getVaultState(), autoLockMinutes: await autoLock.getAutoLockMinutes() };
  }

  return {
    'vault.status': { from: 'extension-page', handle: status },
    'vault.create': {
      from: 'extension-page',
      async handle({ passphrase }) {
        await vault.createVault(passphrase);
        return status();
      },
    },
    'vault.unlock': {
      from: 'extension-page',
      async handle({ passphrase }) {
        await vault.unlockVault(passphrase);
        return status();
      },
    },
    'vault.lock': {
      from: 'extension-page',
      async handle() {
        await vault.lockVault();
        await autoLock.cancelAutoLock();
        announceLocked();
        return status();
      },
    },
    'vault.changePassphrase': {
      from: 'extension-page',
      async handle({ current, next }) {
        await vault.changePassphrase(current, next);
        return status();
      },
    },
    'settings.setAutoLock': {
      from: 'extension-page',
      async handle({ minutes }) {
        await autoLock.setAutoLockMinutes(minutes);
        return status();
      },
    },
  };
}
