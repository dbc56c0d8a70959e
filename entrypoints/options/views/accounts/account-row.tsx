import type { AccountSummary } from '../../../../lib/protocol/protocol';
import { accountName } from '../../../../lib/accounts/account-name';
import { t } from '../../../../lib/i18n/t';
import { AccountFace } from '../../../../lib/ui/account-face';
import { ActionMenu, type MenuItem } from '../shared/action-menu';
import type { Move } from './reorder';
import { ReorderHandle } from './reorder-handle';
import type { RowReorder } from './use-reorder';
import type { TieView } from './use-account-ties';

export type RowAction = 'edit' | 'reveal' | 'delete' | 'tie' | 'untie' | Move;

interface AccountRowProps {
  account: AccountSummary;
  /** First or last of the rows on screen: moves that way have nowhere to go. */
  first: boolean;
  last: boolean;
  /** An action of the list is running: buttons refuse clicks but keep the focus. */
  busy: boolean;
  /** The server user the account logs in to, if any. */
  tie: TieView | undefined;
  reorder: RowReorder;
  onAction: (action: RowAction, account: AccountSummary) => void;
}

/** "TOTP, 6 digits, 30 s" (the seconds never wrapped apart from their number), and the algorithm when it is not SHA1. */
function typeText(account: AccountSummary): string {
  const type =
    account.type === 'totp'
      ? t('manageTypeTotp', { digits: account.digits, period: account.period })
      : t('manageTypeHotp', { digits: account.digits, counter: account.counter });
  return account.algorithm === 'SHA1' ? type : t('manageTypeWithAlgorithm', { type, algorithm: account.algorithm });
}

/** The row's less frequent actions, in its More actions menu; moves that have nowhere to go are left out. */
function menuItems({ account, first, last, tie, onAction }: AccountRowProps): MenuItem[] {
  const item = (id: RowAction, text: string, danger = false): MenuItem => ({ id, text, danger, onSelect: () => onAction(id, account) });
  return [
    item('reveal', t('manageRevealSecret')),
    // Counter-based codes cannot answer a server's MFA step.
    ...(tie
      ? [item('untie', t('manageUntie', { user: tie.username, server: tie.server }))]
      : account.type === 'totp'
        ? [item('tie', t('manageTieOpen'))]
        : []),
    ...(first ? [] : [item('top', t('manageListMoveToTop')), item('up', t('manageMoveUp'))]),
    ...(last ? [] : [item('down', t('manageMoveDown')), item('bottom', t('manageListMoveToBottom'))]),
    item('delete', t('manageDelete'), true),
  ];
}

/** One account, read as a line of a list: face, name, type, sites; Edit, and a menu for the rest. */
export function AccountRow(props: AccountRowProps) {
  const { account, busy, tie, reorder, onAction } = props;
  const name = accountName(account);
  const place = reorder.placeOf(account.id);
  return (
    <tr
      class={place.carried ? 'carried' : place.dropSide ? `drop-${place.dropSide}` : undefined}
      onDragOver={(event) => reorder.dragOver(event, account.id)}
      onDragLeave={(event) => reorder.dragLeave(event, account.id)}
      onDrop={(event) => reorder.drop(event)}
    >
      <td
        class="handle-cell"
        draggable
        onDragStart={(event) => reorder.dragStart(event, account.id)}
        onDragEnd={() => reorder.dragEnd()}
      >
        <ReorderHandle account={account} carried={place.carried} reorder={reorder} />
      </td>
      <th scope="row">
        <div class="account-line">
          <AccountFace account={account} />
          <div class="names">
            <span class="issuer">{account.issuer || account.label}</span>
            {account.issuer && (
              <>
                {' '}
                <span class="label">{account.label}</span>
              </>
            )}
          </div>
        </div>
      </th>
      <td class="type">{typeText(account)}</td>
      <td>
        {account.origins.length === 0 ? (
          <span class="muted">{t('manageNoSites')}</span>
        ) : (
          <>
            <ul class="sites">
              {account.origins.map((origin) => (
                <li key={origin}>{origin}</li>
              ))}
            </ul>
            {account.siteMatch === 'site' && <span class="muted">{t('framesWholeSitesNote')}</span>}
          </>
        )}
      </td>
      <td>
        {tie ? (
          <span class="tie">{t('manageUserOnServer', { user: tie.username, server: tie.server })}</span>
        ) : (
          <span class="muted">{t('manageNobody')}</span>
        )}
      </td>
      <td>
        <div class="row-actions">
          <button
            type="button"
            data-account={account.id}
            data-action="edit"
            aria-label={t('manageEditLabel', { account: name })}
            aria-disabled={busy || undefined}
            onClick={() => !busy && onAction('edit', account)}
          >
            {t('manageEdit')}
          </button>
          <ActionMenu
            text={t('manageListMoreActions')}
            label={t('manageListMoreActionsLabel', { account: name })}
            items={menuItems(props)}
            dataAccount={account.id}
            blocked={busy}
          />
        </div>
      </td>
    </tr>
  );
}
