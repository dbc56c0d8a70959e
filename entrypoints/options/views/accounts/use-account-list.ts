import { useCallback, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { AccountSummary } from '../../../../lib/protocol/protocol';
import { accountName } from '../../../../lib/accounts/account-name';
import { t } from '../../../../lib/i18n/t';
import { useAction } from '../../../../lib/ui/use-action';
import { useLoaded } from '../shared/use-loaded';
import { inOrder } from './reorder';
import type { Notice } from './undo-notice';

const loadAccounts = () => sendMessage('accounts.list', {});

/**
 * The vault's accounts as the page shows them, and the list-wide actions: reorder, delete, undo.
 * One action at a time, with one error sentence for whichever failed last.
 */
export function useAccountList() {
  const data = useLoaded(loadAccounts);
  const accounts = data.state.kind === 'loaded' ? data.state.value : undefined;
  const [notice, setNotice] = useState<Notice | undefined>();
  // Moves are shown at once; a reply that a later move overtook must not undo it on screen.
  const latestMove = useRef(0);

  const action = useAction(async (work: () => Promise<void>) => work());

  /** Shows the accounts in the order of `ids` (all of them) at once, and saves it in the vault. */
  async function reorder(ids: string[]) {
    data.update((list) => inOrder(list, ids));
    const mine = ++latestMove.current;
    try {
      const reply = await sendMessage('accounts.reorder', { ids });
      if (mine === latestMove.current) data.show(reply);
    } catch (error) {
      // The order on screen may not be the vault's: show the vault's again.
      await data.reload();
      throw error;
    }
  }

  async function remove(account: AccountSummary) {
    const name = accountName(account);
    const { undoToken } = await sendMessage('accounts.delete', { id: account.id });
    data.update((list) => list.filter((a) => a.id !== account.id));
    setNotice({ message: t('manageDeletedAccount', { account: name }), undo: () => void action.run(() => undo(undoToken, name)) });
  }

  async function undo(undoToken: string, name: string) {
    setNotice({ message: t('manageRestoringAccount', { account: name }) });
    try {
      await sendMessage('accounts.undoDelete', { undoToken });
    } catch (error) {
      setNotice(undefined);
      throw error;
    }
    // The whole list: the account returns to the place it had, which only the vault knows.
    data.show(await sendMessage('accounts.list', {}));
    setNotice({ message: t('manageRestoredAccount', { account: name }) });
  }

  function saved(account: AccountSummary) {
    data.update((list) => list.map((a) => (a.id === account.id ? account : a)));
    setNotice({ message: t('manageSavedAccount', { account: accountName(account) }) });
  }

  const expireUndo = useCallback(() => setNotice((n) => n && { message: n.message }), []);

  return {
    data,
    accounts,
    notice,
    expireUndo,
    saved,
    busy: action.busy,
    error: action.error,
    reorder: (ids: string[]) => void action.run(() => reorder(ids)),
    remove: (account: AccountSummary) => void action.run(() => remove(account)),
  };
}
