import type { AccountSummary } from '../../../../lib/protocol/protocol';
import { accountName } from '../../../../lib/accounts/account-name';
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

function typeText(account: AccountSummary): string {
  const algorithm = account.algorithm === 'SHA1' ? '' : `, ${account.algorithm}`;
  return account.type === 'totp'
    ? `TOTP, ${account.digits} digits, ${account.period} s${algorithm}`
    : `HOTP, ${account.digits} digits, counter ${account.counter}${algorithm}`;
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
          <span class="muted">None</span>
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
            <span class="tie">
              {tie.username} on {tie.server}
            </span>{' '}
            {button('untie', 'Untie', `Untie ${name} from ${tie.username} on ${tie.server}`)}
          </>
        ) : account.type === 'totp' ? (
          <>
            <span class="muted">Nobody</span> {button('tie', 'Tie…', `Tie ${name} to a server user`)}
          </>
        ) : (
          // Counter-based codes cannot answer a server's MFA step.
          <span class="muted">Nobody</span>
        )}
      </td>
      <td>
        <div class="row-actions">
          {button('edit', 'Edit', `Edit ${name}`)}
          {button('up', 'Move up', `Move up ${name}`, first)}
          {button('down', 'Move down', `Move down ${name}`, last)}
          {button('reveal', 'Reveal secret', `Reveal secret of ${name}`)}
          {button('delete', 'Delete', `Delete ${name}`)}
        </div>
      </td>
    </tr>
  );
}
