import { useId } from 'preact/hooks';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { useFocusOnArrival } from '../../../../lib/ui/use-focus-on-arrival';

interface InlineConfirmProps {
  question: string;
  /** What else will happen, said before the user confirms. */
  warning?: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Are you sure?" in place of the button that asked, rather than a browser dialog. Focus lands on
 * the question (the button that was pressed is gone), so a screen reader reads it and the warning
 * before the user tabs to the choice.
 */
export function InlineConfirm({ question, warning, confirmLabel, busyLabel, busy, onConfirm, onCancel }: InlineConfirmProps) {
  const questionRef = useFocusOnArrival<HTMLParagraphElement>();
  const id = useId();
  const warningId = `${id}-warning`;
  return (
    <div class="confirm" role="group" aria-labelledby={id} aria-describedby={warning ? warningId : undefined}>
      <p ref={questionRef} id={id} tabIndex={-1} class="confirm-question">
        {question}
      </p>
      {warning && (
        <p id={warningId} class="confirm-warning">
          {warning}
        </p>
      )}
      <div class="actions start">
        <BusyButton label={confirmLabel} busyLabel={busyLabel} busy={busy} primary onClick={onConfirm} />
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}
