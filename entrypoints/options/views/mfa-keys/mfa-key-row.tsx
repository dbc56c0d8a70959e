import type { MfaKeyView } from '../../../../lib/protocol/protocol';
import { accountName } from '../../../../lib/accounts/account-name';
import { t } from '../../../../lib/i18n/t';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { AskFirst } from '../shared/ask-first';
import { formatMoment } from '../shared/dates';

/** What a row's buttons do; each reports to the section, which runs one action at a time. */
export type KeyAction = { kind: 'delete' } | { kind: 'finish' | 'cancel-enrolment'; accountId: string };
export type KeyActionKind = KeyAction['kind'];

interface MfaKeyRowProps {
  mfaKey: MfaKeyView;
  serverName: string;
  confirming: boolean;
  /** The action of this row that runs now, if any. */
  running: KeyActionKind | undefined;
  /** An action of another row runs. */
  blocked: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onAction: (action: KeyAction) => void;
}

/** What deleting this key will change, said before the user confirms. */
function deleteWarning(mfaKey: MfaKeyView, serverName: string): string | undefined {
  const account = mfaKey.vaultAccount;
  if (account) {
    return t('manageKeyInVaultWarning', { account: accountName(account), server: serverName });
  }
  return mfaKey.active ? t('manageKeyActiveWarning', { server: serverName }) : undefined;
}

/** One MFA key; an unfinished enrolment of this vault offers to finish or cancel it instead of "Delete". */
export function MfaKeyRow({ mfaKey, serverName, confirming, running, blocked, onAsk, onCancel, onAction }: MfaKeyRowProps) {
  const refused = blocked || running !== undefined;
  const accountId = mfaKey.pendingAccountId;
  return (
    <tr>
      <td>{mfaKey.type}</td>
      <td>{mfaKey.status}</td>
      <td>{formatMoment(mfaKey.createdAt)}</td>
      <td>{mfaKey.activatedAt === undefined ? t('manageNotYet') : formatMoment(mfaKey.activatedAt)}</td>
      <td>{mfaKey.vaultAccount ? accountName(mfaKey.vaultAccount) : t('manageNo')}</td>
      <td>
        {accountId !== undefined ? (
          <div class="actions start">
            <BusyButton
              label={t('manageFinish')}
              busyLabel={t('manageFinishing')}
              busy={running === 'finish'}
              blocked={refused}
              primary
              onClick={() => onAction({ kind: 'finish', accountId })}
            />
            <BusyButton
              label={t('manageCancelEnrolment')}
              busyLabel={t('manageCancelling')}
              busy={running === 'cancel-enrolment'}
              blocked={refused}
              onClick={() => onAction({ kind: 'cancel-enrolment', accountId })}
            />
          </div>
        ) : (
          <AskFirst
            label={t('manageDelete')}
            asking={confirming}
            blocked={refused}
            onAsk={onAsk}
            onCancel={onCancel}
            question={t('manageDeleteKeyQuestion')}
            warning={deleteWarning(mfaKey, serverName)}
            confirmLabel={t('manageDeleteKey')}
            busyLabel={t('manageDeleting')}
            busy={running === 'delete'}
            onConfirm={() => onAction({ kind: 'delete' })}
          />
        )}
      </td>
    </tr>
  );
}
