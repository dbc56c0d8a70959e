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
  if (keys.length === 0) return <p class="empty">No MFA keys.</p>;
  return (
    <DataTable caption={`MFA keys of ${owner}`} columns={['Type', 'Status', 'Created', 'Activated']} withActions>
      {keys.map((mfaKey) => (
        <tr key={mfaKey.id}>
          <td>{mfaKey.type}</td>
          <td>{mfaKey.status}</td>
          <td>{formatMoment(mfaKey.createdAt)}</td>
          <td>{mfaKey.activatedAt === undefined ? 'Not yet' : formatMoment(mfaKey.activatedAt)}</td>
          <td>
            <AskFirst
              label="Delete"
              asking={asking === mfaKey.id}
              blocked={blocked || deleting !== undefined}
              onAsk={() => onAsk(mfaKey.id)}
              onCancel={() => onAsk(undefined)}
              question="Delete this key?"
              warning={deleteWarning}
              confirmLabel="Delete key"
              busyLabel="Deleting…"
              busy={deleting === mfaKey.id}
              onConfirm={() => onDelete(mfaKey.id)}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
