import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
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
import { RevealPanel } from './reveal-panel';
import { TieForm } from './tie-form';
import { UndoNotice } from './undo-notice';
import { useAccountList } from './use-account-list';
import { useAccountTies, type AccountTies } from './use-account-ties';
import './accounts.css';

type OpenPanel = { id: string; panel: 'edit' | 'reveal' | 'tie' };
type FocusTarget = { id: string; actions: RowAction[] };

/**
 * The accounts in the vault: edit, order, delete with undo, reveal a secret with the passphrase, and
 * tie to (or untie from) the server user whose login it answers.
 */
export function AccountsSection() {
  const list = useAccountList();
  const ties = useAccountTies(list.accounts);
  const untie = useAction(async (account: AccountSummary) => {
    // Its Untie button goes: the focus goes to the Tie button that replaces it.
    focusNext.current = { id: account.id, actions: ['tie'] };
    await ties.untie(account.id);
  });
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<OpenPanel | undefined>();
  const heading = useSectionHeading();
  const focusNext = useRef<FocusTarget | undefined>();
  const visible = useMemo(() => filterAccounts(list.accounts ?? [], query), [list.accounts, query]);

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
    // A row deleted, or brought back by Undo: the control the focus was on is gone.
    if (focusIsLost(document)) heading.current?.focus();
  }, [list.accounts, list.notice, open, ties.tieOf]);

  const close = useCallback((id: string, action: RowAction) => {
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
      focusNext.current = { id: account.id, actions: action === 'up' ? ['up', 'down'] : ['down', 'up'] };
      list.move(account, action, visible);
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
                <DataTable
                  caption={t('manageAccountsCaption')}
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
  open: OpenPanel['panel'] | undefined;
  onAction: (action: RowAction, account: AccountSummary) => void;
  onSaved: (account: AccountSummary) => void;
  onClose: (id: string, action: RowAction) => void;
}

/** A row, and under it the panel the user opened from it (edit form or secret), if any. */
function AccountEntry({ account, first, last, busy, ties, open, onAction, onSaved, onClose }: AccountEntryProps) {
  const closeReveal = useCallback(() => onClose(account.id, 'reveal'), [onClose, account.id]);
  return (
    <>
      <AccountRow account={account} first={first} last={last} busy={busy} tie={ties.tieOf(account.id)} onAction={onAction} />
      {open && (
        <tr class="panel-row">
          <td colSpan={5}>
            {open === 'edit' ? (
              <AccountEditForm account={account} onSaved={onSaved} onCancel={() => onClose(account.id, 'edit')} />
            ) : open === 'tie' ? (
              // Once tied, the focus goes to the Untie button that replaced the Tie button.
              <TieForm account={account} ties={ties} onTied={() => onClose(account.id, 'untie')} onCancel={() => onClose(account.id, 'tie')} />
            ) : (
              <RevealPanel account={account} onHide={closeReveal} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
