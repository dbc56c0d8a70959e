import { pageMessage } from '../messaging/page-message';
import { int } from '../messaging/request-fields';
import * as z from '../zod';
import type { VaultStatus } from '../vault/vault-port';
import type { AccountSort } from '../settings/settings-item';
import { toAccountSummary, type AccountSummary } from './account-view';
import { currentCodes, type TotpCode } from './current-codes';
import type { AccountDeps } from './account-deps';
import { readFirstScreen } from './first-screen';

/** Everything the popup needs for its first paint, in one round trip. */
export interface PopupSnapshot {
  status: VaultStatus;
  /** When unlocked: the first `firstRows` accounts; the rest follow with `accounts.list`. */
  accounts?: AccountSummary[];
  /** When unlocked: how many accounts there are in all. */
  total?: number;
  /** When unlocked: the codes of those first accounts that are time-based. */
  codes?: TotpCode[];
  /** When unlocked: the order chosen for the list, which those first accounts are already in. */
  accountSort?: AccountSort;
}

/**
 * The popup's opening message: the vault's state and, when unlocked, the first screen of accounts
 * with their codes. One small round trip instead of three large ones is what makes a popup with a
 * thousand accounts open as fast as one with a single account; the full list follows after the
 * first paint.
 */
export function popupMessages({ vault, autoLock, now }: AccountDeps) {
  return {
    'popup.open': pageMessage({
      request: z.strictObject({ firstRows: int(0, 200) }),
      async handle({ firstRows }): Promise<PopupSnapshot> {
        const [state, autoLockMinutes] = await Promise.all([vault.getVaultState(), autoLock.getAutoLockMinutes()]);
        const status = { state, autoLockMinutes };
        if (status.state !== 'unlocked') return { status };
        const { accountSort, accounts, total } = await readFirstScreen(vault, firstRows);
        const codes = await currentCodes(accounts, now());
        return { status, accounts: accounts.map(toAccountSummary), total, codes, accountSort };
      },
    }),
  };
}
