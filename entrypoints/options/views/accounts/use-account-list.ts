import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { AccountSummary } from '../../../../lib/messaging/protocol';
import { useAction } from '../../../../lib/ui/use-action';
import { accountName } from './account-edit';
import { inOrder, moveAccount, type Direction } from './reorder';
import type { Notice } from './undo-notice';

/**
 * The vault's accounts as the page shows them, and the list-wide actions: move, delete, undo.
 * One action at a time, with one error sentence for whichever failed last.
 */
export function useAccountList() {
  const [accounts, setAccounts] = useState<AccountSummary[] | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  // Moves are shown at once; a reply that a later move overtook must not undo it on screen.
  const latestMove = useRef(0);

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      setAccounts(await sendMessage('accounts.list', {}));
    } catch (error) {
      setLoadError((error as Error).message);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const action = useAction(async (work: () => Promise<void>) => work());

  async function move(account: AccountSummary, direction: Direction, visible: AccountSummary[]) {
    if (!accounts) return;
    const all = accounts.map((a) => a.id);
    const ids = moveAccount(all, visible.map((a) => a.id), account.id, direction);
    setAccounts(inOrder(accounts, ids));
    const mine = ++latestMove.current;
    try {
      const reply = await sendMessage('accounts.reorder', { ids });
      if (mine === latestMove.current) setAccounts(reply);
    } catch (error) {
      await load();
      throw error;
    }
  }

  async function remove(account: AccountSummary) {
    const name = accountName(account);
    const { undoToken } = await sendMessage('accounts.delete', { id: account.id });
    setAccounts((list) => list?.filter((a) => a.id !== account.id));
    setNotice({ message: `Deleted ${name}.`, undo: () => void action.run(() => undo(undoToken, name)) });
  }

  async function undo(undoToken: string, name: string) {
    setNotice({ message: `Putting ${name} back…` });
    try {
      await sendMessage('accounts.undoDelete', { undoToken });
    } catch (error) {
      setNotice(undefined);
      throw error;
    }
    // The whole list: the account returns to the place it had, which only the vault knows.
    setAccounts(await sendMessage('accounts.list', {}));
    setNotice({ message: `Restored ${name}.` });
  }

  function saved(account: AccountSummary) {
    setAccounts((list) => list?.map((a) => (a.id === account.id ? account : a)));
    setNotice({ message: `Saved ${accountName(account)}.` });
  }

  const expireUndo = useCallback(() => setNotice((n) => n && { message: n.message }), []);

  return {
    accounts,
    loadError,
    load,
    notice,
    expireUndo,
    saved,
    busy: action.busy,
    error: action.error,
    move: (account: AccountSummary, direction: Direction, visible: AccountSummary[]) =>
      void action.run(() => move(account, direction, visible)),
    remove: (account: AccountSummary) => void action.run(() => remove(account)),
  };
}
