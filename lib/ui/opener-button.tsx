import { useFocusOnArrival } from './use-focus-on-arrival';

interface OpenerButtonProps {
  label: string;
  /**
   * What it opened has just closed, taking the focus with it (its Back or Cancel button is gone):
   * the focus comes back here, so the keyboard goes on from where the user was, not from the top.
   */
  returning: boolean;
  /** Another action runs: clicks are refused, but the button keeps the focus. */
  blocked?: boolean;
  /** It opens the way to something that cannot be taken back (revoke, delete): drawn in the danger colour. */
  danger?: boolean;
  onClick: () => void;
}

/** A button that opens a screen, a form or a question in place of the part of the page it is on. */
export function OpenerButton({ label, returning, blocked = false, danger = false, onClick }: OpenerButtonProps) {
  const ref = useFocusOnArrival<HTMLButtonElement>(returning);
  return (
    <button ref={ref} type="button" class={danger ? 'danger' : undefined} aria-disabled={blocked || undefined} onClick={() => !blocked && onClick()}>
      {label}
    </button>
  );
}
