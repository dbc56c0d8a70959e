import { t } from '../../../../lib/i18n/t';
import type { MfaKeyView } from '../../../../lib/protocol/protocol';
import { AskFirst } from '../shared/ask-first';
import { DataTable } from '../shared/data-table';
import { formatMoment } from '../shared/dates';

interface OtherUserKeysProps {
  /** Whose keys: "alice@example.com (id 1002) on Production". */
  owner: string;
  keys: MfaKeyView[];
  /** Said before a key is deleted: the user will need to enrol again. */
  deleteWarning: string;
  /** The key whose confirmation is open. */
  asking: number | undefined;
  /** The key being deleted. */
  deleting: number | undefined;
  /** An action of another list runs. */
  blocked: boolean;
  onAsk: (id: number | undefined) => void;
  onDelete: (id: number) => void;
}

/** Another user's MFA keys, as an administrator sees them: none of their seeds is in this vault. */
export function OtherUserKeys({ owner, keys, deleteWarning, asking, deleting, blocked, onAsk, onDelete }: OtherUserKeysProps) {
  if (keys.length === 0) return <p class="empty">{t('manageNoKeys')}</p>;
  return (
    <DataTable
      caption={t('manageKeysCaption', { owner })}
      columns={[t('manageTypeColumn'), t('manageStatusColumn'), t('manageCreatedColumn'), t('manageActivatedColumn')]}
      withActions
    >
      {keys.map((mfaKey) => (
        <tr key={mfaKey.id}>
          <td>{mfaKey.type}</td>
          <td>{mfaKey.status}</td>
          <td>{formatMoment(mfaKey.createdAt)}</td>
          <td>{mfaKey.activatedAt === undefined ? t('manageNotYet') : formatMoment(mfaKey.activatedAt)}</td>
          <td>
            <AskFirst
              label={t('manageDelete')}
              asking={asking === mfaKey.id}
              blocked={blocked || deleting !== undefined}
              onAsk={() => onAsk(mfaKey.id)}
              onCancel={() => onAsk(undefined)}
              question={t('manageDeleteKeyQuestion')}
              warning={deleteWarning}
              confirmLabel={t('manageDeleteKey')}
              busyLabel={t('manageDeleting')}
              busy={deleting === mfaKey.id}
              onConfirm={() => onDelete(mfaKey.id)}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
