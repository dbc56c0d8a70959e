import { useId, useState } from 'preact/hooks';
import { t } from '../../../../lib/i18n/t';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { OpenerButton } from '../../../../lib/ui/opener-button';
import { useFocusOnArrival } from '../../../../lib/ui/use-focus-on-arrival';

interface ConfirmProps {
  question: string;
  /** What else will happen, said before the user confirms. */
  warning?: string;
  confirmLabel: string;
  busyLabel: string;
  /** The confirmed action runs. */
  busy: boolean;
  onConfirm: () => void;
}

interface InlineConfirmProps extends ConfirmProps {
  onCancel: () => void;
}

/**
 * "Are you sure?" in place of the button that asked, rather than a browser dialog. Focus lands on
 * the question (the button that was pressed is gone), so a screen reader reads it and the warning
 * before the user tabs to the choice. Escape cancels, as it would close a dialog.
 */
function InlineConfirm({ question, warning, confirmLabel, busyLabel, busy, onConfirm, onCancel }: InlineConfirmProps) {
  const questionRef = useFocusOnArrival<HTMLParagraphElement>();
  const id = useId();
  const warningId = `${id}-warning`;
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={id}
      aria-describedby={warning ? warningId : undefined}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || busy) return;
        event.preventDefault();
        onCancel();
      }}
    >
      <p ref={questionRef} id={id} tabIndex={-1} class="confirm-question">
        {question}
      </p>
      {warning && (
        <p id={warningId} class="confirm-warning">
          {warning}
        </p>
      )}
      <div class="actions start">
        <BusyButton label={confirmLabel} busyLabel={busyLabel} busy={busy} danger onClick={onConfirm} />
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('manageCancel')}
        </button>
      </div>
    </div>
  );
}

interface AskFirstProps extends ConfirmProps {
  /** What the button that asks says ("Revoke", "Delete"). */
  label: string;
  /** Its confirmation is open; one at a time in a list, so the list decides. */
  asking: boolean;
  /** Another action of the list runs: the button refuses clicks but keeps the focus. */
  blocked: boolean;
  onAsk: () => void;
  onCancel: () => void;
}

/**
 * A destructive button that asks first, in place; it and its confirmation look destructive. After "Cancel" (or Escape) the focus goes back
 * to the button, so the keyboard goes on from where the user was, not from the top of the page.
 */
export function AskFirst({ label, asking, blocked, onAsk, onCancel, ...confirm }: AskFirstProps) {
  const [cancelled, setCancelled] = useState(false);
  if (asking) {
    return (
      <InlineConfirm
        {...confirm}
        onCancel={() => {
          setCancelled(true);
          onCancel();
        }}
      />
    );
  }
  return <OpenerButton label={label} returning={cancelled} blocked={blocked} danger onClick={onAsk} />;
}
