import type { VaultStatus } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import { lockVaultAndEndSession } from '../server/lock';
import type { BackgroundDeps } from './deps';

type VaultHandlers = Pick<
  Handlers,
  'vault.status' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase' | 'settings.setAutoLock'
>;

export function vaultHandlers(deps: BackgroundDeps): VaultHandlers {
  const { vault, autoLock } = deps;
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
        // Ends the server session as well: its tokens are kept only while the vault is unlocked.
        await lockVaultAndEndSession(deps);
        await autoLock.cancelAutoLock();
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
