import type { Handlers } from '../messaging/router';
import { accountsWithCodes, toAccountSummary } from '../accounts/account-view';
import { currentCodes } from '../accounts/current-codes';
import type { BackgroundDeps } from './deps';

/**
 * The popup's opening message: the vault's state and, when unlocked, the first screen of accounts
 * with their codes. One small round trip instead of three large ones is what makes a popup with a
 * thousand accounts open as fast as one with a single account; the full list follows after the
 * first paint.
 */
export function popupHandlers({ vault, autoLock, now }: BackgroundDeps): Pick<Handlers, 'popup.open'> {
  return {
    'popup.open': {
      from: 'extension-page',
      async handle({ firstRows }) {
        const status = { state: await vault.getVaultState(), autoLockMinutes: await autoLock.getAutoLockMinutes() };
        if (status.state !== 'unlocked') return { status };
        const accounts = accountsWithCodes(await vault.listAccounts());
        const firstScreen = accounts.slice(0, firstRows);
        const codes = await currentCodes(firstScreen, now());
        return { status, accounts: firstScreen.map(toAccountSummary), total: accounts.length, codes };
      },
    },
  };
}
