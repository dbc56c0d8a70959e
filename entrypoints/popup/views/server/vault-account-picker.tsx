import { useEffect, useId, useState } from 'preact/hooks';
import { accountName } from '../../../../lib/accounts/account-name';
import { sendMessage } from '../../../../lib/protocol/client';
import type { AccountSummary, SessionView } from '../../../../lib/protocol/protocol';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { pickList, type PickList } from './likely-accounts';
import { t } from '../../../../lib/i18n/t';

interface VaultAccountPickerProps {
  view: Extract<SessionView, { state: 'mfa' }>;
  /** The id of the account chosen, '' before a choice. */
  picked: string;
  onPick: (id: string) => void;
  /** The continue button's state, from the step's useSteps. */
  button: { busy: boolean; blocked: boolean; onClick: () => void };
}

const options = (accounts: AccountSummary[]) =>
  accounts.map((account) => (
    <option key={account.id} value={account.id}>
      {accountName(account)}
    </option>
  ));

/**
 * "Use a code from …": the vault's time-based accounts, for a user whose key was added some other
 * way than enrolment here (its otpauth link, an import). Likely ones are listed first, but nothing
 * is chosen for the user. Only the account's id goes back: the background computes and sends its code.
 */
export function VaultAccountPicker({ view, picked, onPick, button }: VaultAccountPickerProps) {
  const id = useId();
  const [list, setList] = useState<PickList | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    sendMessage('accounts.list', {}).then(
      (accounts) => setList(pickList(accounts, view.profile, view.username)),
      (failure: Error) => setError(failure.message),
    );
  }, [view.profile, view.username]);

  if (error) return <ErrorMessage message={error} />;
  if (!list || list.likely.length + list.others.length === 0) return null;
  return (
    <div class="stack">
      <label for={id}>{t('popupUseCodeFrom')}</label>
      <select id={id} value={picked} onChange={(e) => onPick(e.currentTarget.value)}>
        <option value="">{t('popupChooseAccount')}</option>
        {list.likely.length > 0 && <optgroup label={t('popupLikelyAccounts')}>{options(list.likely)}</optgroup>}
        {list.likely.length > 0 && list.others.length > 0 ? <optgroup label={t('popupOtherAccounts')}>{options(list.others)}</optgroup> : options(list.others)}
      </select>
      <BusyButton label={t('popupContinueWithPicked')} busyLabel={t('popupWaitingForCode')} {...button} />
    </div>
  );
}
