import { useEffect, useId, useState } from 'preact/hooks';
import { accountName } from '../../../../lib/accounts/account-name';
import { sendMessage } from '../../../../lib/protocol/client';
import type { AccountSummary, SessionView } from '../../../../lib/protocol/protocol';
import { pickList, type PickList } from './likely-accounts';
import { t } from '../../../../lib/i18n/t';

type MfaView = Extract<SessionView, { state: 'mfa' }>;

/**
 * The vault's accounts a code may be taken from, for a user whose key was added some other way
 * than enrolment here (its otpauth link, an import); read only when `wanted` (no account is tied).
 * Undefined while it is read, and when there is nothing to pick.
 */
export function usePickList(view: MfaView, wanted: boolean): { list?: PickList; error?: string } {
  const [list, setList] = useState<PickList | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (!wanted) return;
    sendMessage('accounts.list', {}).then(
      (accounts) => setList(pickList(accounts, view.profile, view.username)),
      (failure: Error) => setError(failure.message),
    );
  }, [wanted, view.profile, view.username]);
  const empty = list && list.likely.length + list.others.length === 0;
  return { ...(list && !empty && { list }), ...(error !== undefined && { error }) };
}

const options = (accounts: AccountSummary[]) =>
  accounts.map((account) => (
    <option key={account.id} value={account.id}>
      {accountName(account)}
    </option>
  ));

interface VaultAccountSelectProps {
  list: PickList;
  /** The id of the account chosen, '' before a choice. */
  picked: string;
  onPick: (id: string) => void;
}

/**
 * "Use a code from …": likely accounts are listed first, but nothing is chosen for the user. Only
 * the account's id goes back: the background computes and sends its code. The step's button that
 * sends it comes after the step's other choices (trust this browser).
 */
export function VaultAccountSelect({ list, picked, onPick }: VaultAccountSelectProps) {
  const id = useId();
  return (
    <div class="stack">
      <label for={id}>{t('popupUseCodeFrom')}</label>
      <select id={id} value={picked} onChange={(e) => onPick(e.currentTarget.value)}>
        <option value="">{t('popupChooseAccount')}</option>
        {list.likely.length > 0 && <optgroup label={t('popupLikelyAccounts')}>{options(list.likely)}</optgroup>}
        {list.likely.length > 0 && list.others.length > 0 ? <optgroup label={t('popupOtherAccounts')}>{options(list.others)}</optgroup> : options(list.others)}
      </select>
    </div>
  );
}
