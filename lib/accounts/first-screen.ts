import { readSettings } from '../settings/settings-store';
import type { AccountSort } from '../settings/settings-item';
import type { StoredAccount, VaultPort } from '../vault/vault-port';
import { orderAccounts } from './account-order';
import { accountsWithCodes } from './account-view';

export interface FirstScreen {
  accountSort: AccountSort;
  /** The top `rows` accounts as the popup orders them (pinned, then sorted). */
  accounts: StoredAccount[];
  /** How many accounts the popup lists in all. */
  total: number;
}

/**
 * The top of the popup's list: what its opening message answers with, and what the view kept for
 * a popup that finds the background asleep is drawn from (one reading, so the two never differ).
 */
export async function readFirstScreen(vault: Pick<VaultPort, 'listAccounts'>, rows: number): Promise<FirstScreen> {
  const [{ accountSort }, stored] = await Promise.all([readSettings(), vault.listAccounts()]);
  const accounts = orderAccounts(accountsWithCodes(stored), accountSort);
  return { accountSort, accounts: accounts.slice(0, rows), total: accounts.length };
}
