import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AccountSummary } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { filterAccounts } from '../../../../lib/ui/account-filter';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { focusIsLost } from '../../../../lib/ui/use-focus-on-arrival';
import { useAction } from '../../../../lib/ui/use-action';
import { DataTable } from '../shared/data-table';
import { Loaded } from '../shared/load-status';
import { Section, useSectionHeading } from '../shared/section';
import { AccountEditForm } from './account-edit-form';
import { AccountRow, type RowAction } from './account-row';
import { moveAccount } from './reorder';
import { REORDER_HINT_ID } from './reorder-handle';
import { RevealPanel } from './reveal-panel';
import { TieForm } from './tie-form';
import { UndoNotice } from './undo-notice';
import { useAccountList } from './use-account-list';
import { useAccountTies, type AccountTies } from './use-account-ties';
import { useReorder, type RowReorder } from './use-reorder';
import './accounts.css';

type OpenPanel = { id: string; panel: 'edit' | 'reveal' | 'tie' };
/** A control of a row: its Edit button, its menu's button, its handle. */
type FocusTarget = { id: string; actions: ('edit' | 'more' | 'handle')[] };

/**
 * The accounts in the vault, read like a list: edit, order (by hand, dragged or from the keyboard,
 * or from a row's menu), delete with undo, reveal a secret with the passphrase, and tie to (or
 * untie from) the server user whose login it answers.
 */
export function AccountsSection() {
  const list = useAccountList();
  const ties = useAccountTies(list.accounts);
  const untie = useAction(async (account: AccountSummary) => {
    // Its Untie button goes: the focus goes to the Tie button that replaces it.
    focusNext.current = { id: account.id, actions: ['more'] };
    await ties.untie(account.id);
  });
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<OpenPanel | undefined>();
  const heading = useSectionHeading();
  const focusNext = useRef<FocusTarget | undefined>();
  const reorder = useReorder(list.accounts ?? [], (ordered) => filterAccounts(ordered, query), list.reorder);
  const { visible } = reorder;

  useLayoutEffect(() => {
    // After a move the row is drawn elsewhere; after a panel closes its button is back: the
    // focus follows, so keyboard users can press the same button again.
    const target = focusNext.current;
    if (target) {
      for (const action of target.actions) {
        const button = document.querySelector<HTMLButtonElement>(`[data-account="${target.id}"][data-action="${action}"]`);
        if (button && !button.disabled) {
          button.focus();
          focusNext.current = undefined;
          return;
        }
      }
    }
    // The carried row is drawn at its new place: its handle keeps the focus.
    if (reorder.carriedId && focusIsLost(document)) {
      document.querySelector<HTMLButtonElement>(`[data-account="${reorder.carriedId}"][data-action="handle"]`)?.focus();
      return;
    }
    // A row deleted, or brought back by Undo: the control the focus was on is gone.
    if (focusIsLost(document)) heading.current?.focus();
  }, [list.accounts, list.notice, open, ties.tieOf, visible]);

  const close = useCallback((id: string, action: FocusTarget['actions'][number]) => {
    focusNext.current = { id, actions: [action] };
    setOpen(undefined);
  }, []);

  function onAction(action: RowAction, account: AccountSummary) {
    if (action === 'edit' || action === 'reveal' || action === 'tie') {
      setOpen({ id: account.id, panel: action });
    } else if (action === 'untie') {
      void untie.run(account);
    } else if (action === 'delete') {
      if (open?.id === account.id) setOpen(undefined);
      list.remove(account);
    } else {
      // The row is drawn at its new place; the focus stays on its menu's button.
      focusNext.current = { id: account.id, actions: ['more'] };
      const all = (list.accounts ?? []).map((a) => a.id);
      reorder.moveNow(account.id, moveAccount(all, visible.map((a) => a.id), account.id, action));
    }
  }

  return (
    <Section id="accounts" headingRef={heading} class="accounts">
      <UndoNotice notice={list.notice} onExpired={list.expireUndo} onFocusLost={() => heading.current?.focus()} />
      <ErrorMessage message={list.error ?? untie.error} />
      <Loaded data={list.data} loading={t('manageLoadingAccounts')}>
        {(accounts) =>
          accounts.length === 0 ? (
            <p class="empty">{t('manageNoAccounts')}</p>
          ) : (
            <>
              <label class="search">
                {t('manageSearchAccounts')}
                <input type="search" value={query} spellcheck={false} onInput={(e) => setQuery(e.currentTarget.value)} />
              </label>
              {visible.length === 0 ? (
                <p class="empty">{t('manageNoAccountMatches', { query })}</p>
              ) : (
                <>
                <p id={REORDER_HINT_ID} class="visually-hidden">
                  {t('manageListReorderHint')}
                </p>
                <div class="visually-hidden" aria-live="polite">
                  {reorder.announcement}
                </div>
                <DataTable
                  caption={t('manageAccountsCaption')}
                  leadingColumn={t('manageListOrderColumn')}
                  columns={[t('manageAccountColumn'), t('manageTypeColumn'), t('manageSitesColumn'), t('manageLogsInToColumn')]}
                  withActions
                >
                  {visible.map((account, index) => (
                    <AccountEntry
                      key={account.id}
                      account={account}
                      first={index === 0}
                      last={index === visible.length - 1}
                      busy={list.busy || untie.busy}
                      ties={ties}
                      reorder={reorder.row}
                      open={open?.id === account.id ? open.panel : undefined}
                      onAction={onAction}
                      onSaved={(saved) => {
                        list.saved(saved);
                        close(saved.id, 'edit');
                      }}
                      onClose={close}
                    />
                  ))}
                </DataTable>
                </>
              )}
            </>
          )
        }
      </Loaded>
    </Section>
  );
}

interface AccountEntryProps {
  account: AccountSummary;
  first: boolean;
  last: boolean;
  busy: boolean;
  ties: AccountTies;
  reorder: RowReorder;
  open: OpenPanel['panel'] | undefined;
  onAction: (action: RowAction, account: AccountSummary) => void;
  onSaved: (account: AccountSummary) => void;
  onClose: (id: string, action: FocusTarget['actions'][number]) => void;
}

/** A row, and under it the panel the user opened from it (edit form or secret), if any. */
function AccountEntry({ account, first, last, busy, ties, reorder, open, onAction, onSaved, onClose }: AccountEntryProps) {
  // Reveal and Tie… are in the row's menu: closing them gives the focus back to its button.
  const closeReveal = useCallback(() => onClose(account.id, 'more'), [onClose, account.id]);
  return (
    <>
      <AccountRow
        account={account}
        first={first}
        last={last}
        busy={busy}
        tie={ties.tieOf(account.id)}
        reorder={reorder}
        onAction={onAction}
      />
      {open && (
        <tr class="panel-row">
          <td colSpan={6}>
            {open === 'edit' ? (
              <AccountEditForm account={account} onSaved={onSaved} onCancel={() => onClose(account.id, 'edit')} />
            ) : open === 'tie' ? (
              // Tied or not, the focus goes back to the row's menu button, where Tie… was.
              <TieForm account={account} ties={ties} onTied={() => onClose(account.id, 'more')} onCancel={() => onClose(account.id, 'more')} />
            ) : (
              <RevealPanel account={account} onHide={closeReveal} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
