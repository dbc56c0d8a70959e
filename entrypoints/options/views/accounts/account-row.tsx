import type { AccountSummary } from '../../../../lib/protocol/protocol';
import { accountName } from '../../../../lib/accounts/account-name';
import { t } from '../../../../lib/i18n/t';
import type { Direction } from './reorder';
import type { TieView } from './use-account-ties';

export type RowAction = 'edit' | 'reveal' | 'delete' | 'tie' | 'untie' | Direction;

interface AccountRowProps {
  account: AccountSummary;
  /** First or last of the rows on screen: that move has nowhere to go. */
  first: boolean;
  last: boolean;
  /** An action of the list is running: buttons refuse clicks but keep the focus. */
  busy: boolean;
  /** The server user the account logs in to, if any. */
  tie: TieView | undefined;
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

/** One account; every button's accessible name starts with what it says and names the account. */
export function AccountRow({ account, first, last, busy, tie, onAction }: AccountRowProps) {
  const name = accountName(account);
  const button = (action: RowAction, text: string, label: string, edge = false) => (
    <button
      type="button"
      data-account={account.id}
      data-action={action}
      aria-label={label}
      disabled={edge}
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onAction(action, account);
      }}
    >
      {text}
    </button>
  );
  return (
    <tr>
      <th scope="row">
        <span class="issuer">{account.issuer || account.label}</span>
        {account.issuer && (
          <>
            {' '}
            <span class="label">{account.label}</span>
          </>
        )}
      </th>
      <td>{typeText(account)}</td>
      <td>
        {account.origins.length === 0 ? (
          <span class="muted">{t('manageNoSites')}</span>
        ) : (
          <ul class="sites">
            {account.origins.map((origin) => (
              <li key={origin}>{origin}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {tie ? (
          <>
            <span class="tie">{t('manageUserOnServer', { user: tie.username, server: tie.server })}</span>{' '}
            {button('untie', t('manageUntie'), t('manageUntieLabel', { account: name, user: tie.username, server: tie.server }))}
          </>
        ) : account.type === 'totp' ? (
          <>
            <span class="muted">{t('manageNobody')}</span> {button('tie', t('manageTieOpen'), t('manageTieLabel', { account: name }))}
          </>
        ) : (
          // Counter-based codes cannot answer a server's MFA step.
          <span class="muted">{t('manageNobody')}</span>
        )}
      </td>
      <td>
        <div class="row-actions">
          {button('edit', t('manageEdit'), t('manageEditLabel', { account: name }))}
          {button('up', t('manageMoveUp'), t('manageMoveUpLabel', { account: name }), first)}
          {button('down', t('manageMoveDown'), t('manageMoveDownLabel', { account: name }), last)}
          {button('reveal', t('manageRevealSecret'), t('manageRevealSecretLabel', { account: name }))}
          {button('delete', t('manageDelete'), t('manageDeleteLabel', { account: name }))}
        </div>
      </td>
    </tr>
  );
}
