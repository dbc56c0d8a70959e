import { AskFirst } from '../shared/ask-first';

interface OtherDevicesProps {
  /** This browser is one of the listed devices. */
  thisBrowserKnown: boolean;
  /** How many devices are not this browser. */
  others: number;
  asking: boolean;
  busy: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * "Revoke all other devices". Offered only when this browser is in the list: otherwise "other"
 * would mean every device, this one included, which the background refuses too.
 */
export function OtherDevices({ thisBrowserKnown, others, asking, busy, onAsk, onCancel, onConfirm }: OtherDevicesProps) {
  if (!thisBrowserKnown) {
    return <p class="muted">This browser is not among these devices, so they can only be revoked one by one.</p>;
  }
  if (others === 0) return null;
  return (
    <div class="actions start">
      <AskFirst
        label="Revoke all other devices"
        asking={asking}
        blocked={busy}
        onAsk={onAsk}
        onCancel={onCancel}
        question={others === 1 ? 'Revoke the other device?' : `Revoke the ${others} other devices?`}
        warning="Each will need a code at its next login. This browser stays trusted."
        confirmLabel="Revoke other devices"
        busyLabel="Revoking…"
        busy={busy && asking}
        onConfirm={onConfirm}
      />
    </div>
  );
}
