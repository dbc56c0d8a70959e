import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';

interface CommitPreviewProps {
  /** How many entries of the preview would be added. */
  fresh: number;
  /** The sentence for a preview that would add nothing: no button to press then. */
  nothing: string;
  /** "Import 2 accounts", and what it says while the accounts are written. */
  label: string;
  busyLabel: string;
  busy: boolean;
  blocked?: boolean;
  /** The sentence of a failed commit, next to the button that will try again. */
  error?: string;
  onCommit: () => void;
}

/** The end of an import or restore preview: the one button that writes what the table shows. */
export function CommitPreview({ fresh, nothing, label, busyLabel, busy, blocked = false, error, onCommit }: CommitPreviewProps) {
  if (fresh === 0) return <p class="muted">{nothing}</p>;
  return (
    <>
      <ErrorMessage message={error} />
      <div class="actions start">
        <BusyButton primary label={label} busyLabel={busyLabel} busy={busy} blocked={blocked} onClick={onCommit} />
      </div>
    </>
  );
}
