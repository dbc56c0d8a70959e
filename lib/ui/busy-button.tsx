import { useFocusOnArrival } from './use-focus-on-arrival';

interface BusyButtonProps {
  /** What the button says, and what it says while its own action runs. */
  label: string;
  busyLabel: string;
  busy: boolean;
  /** Another action of the screen runs, or the screen is not ready yet: clicks are refused too. */
  blocked?: boolean;
  type?: 'button' | 'submit';
  primary?: boolean;
  /** It deletes or revokes: the danger colour rather than the primary one. */
  danger?: boolean;
  /** The control to start on when its screen appears (see useFocusOnArrival). */
  autoFocus?: boolean;
  onClick?: () => void;
}

/**
 * A button whose action takes a while (a server round trip, a wait for a fresh code). Meanwhile it
 * says so and refuses clicks, but keeps the keyboard focus: a disabled button would drop it to
 * the start of the page for the whole wait, and for good when the action fails.
 */
export function BusyButton(props: BusyButtonProps) {
  const { label, busyLabel, busy, blocked = false, type = 'button', primary = false, danger = false, autoFocus = false, onClick } = props;
  const ref = useFocusOnArrival<HTMLButtonElement>(autoFocus);
  const refused = busy || blocked;
  return (
    <button
      ref={ref}
      type={type}
      class={danger ? 'danger' : primary ? 'primary' : undefined}
      aria-disabled={refused}
      onClick={(event) => {
        // Cancelling the click also cancels the form submission it would start (Enter in a field too).
        if (refused) event.preventDefault();
        else onClick?.();
      }}
    >
      {busy ? busyLabel : label}
    </button>
  );
}
