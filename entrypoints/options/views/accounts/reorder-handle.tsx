import type { AccountSummary } from '../../../../lib/protocol/protocol';
import { accountName } from '../../../../lib/accounts/account-name';
import { t } from '../../../../lib/i18n/t';
import type { RowReorder } from './use-reorder';

/** The id of the one sentence, drawn once by the section, that says how the handles work. */
export const REORDER_HINT_ID = 'reorder-hint';

interface ReorderHandleProps {
  account: AccountSummary;
  carried: boolean;
  reorder: RowReorder;
}

/**
 * The grip a row is moved by from the keyboard: Space or Enter picks the account up, the arrow keys
 * carry it, Space or Enter drops it, Escape puts it back. Pressed while carried. The pointer drags
 * the cell it sits in (account-row.tsx): Firefox starts no drag from a button.
 */
export function ReorderHandle({ account, carried, reorder }: ReorderHandleProps) {
  return (
    <button
      type="button"
      class="reorder-handle"
      data-account={account.id}
      data-action="handle"
      aria-label={t('manageListReorderLabel', { account: accountName(account) })}
      aria-describedby={REORDER_HINT_ID}
      aria-pressed={carried}
      onClick={() => reorder.toggle(account.id)}
      onKeyDown={(event) => {
        if (!reorder.carrying(account.id)) return;
        if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
          event.preventDefault();
          reorder.step(account.id, event.key === 'ArrowUp' ? 'up' : 'down');
        } else if (event.key === 'Escape') {
          event.preventDefault();
          reorder.cancel(account.id);
        }
      }}
      onBlur={(event) => {
        // Tabbing away puts the account back; a blur with nowhere to go is the row being redrawn.
        if (event.relatedTarget) reorder.cancel(account.id);
      }}
    >
      <svg viewBox="0 0 10 16" aria-hidden="true" focusable="false">
        <circle cx="3" cy="3" r="1.3" />
        <circle cx="7" cy="3" r="1.3" />
        <circle cx="3" cy="8" r="1.3" />
        <circle cx="7" cy="8" r="1.3" />
        <circle cx="3" cy="13" r="1.3" />
        <circle cx="7" cy="13" r="1.3" />
      </svg>
    </button>
  );
}
