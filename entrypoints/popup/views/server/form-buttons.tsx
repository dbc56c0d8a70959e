interface FormButtonsProps {
  /** The submit button's name, and what it says while its request runs. */
  label: string;
  busyLabel: string;
  busy: boolean;
  /** Not ready to submit yet (still loading what the form offers). */
  disabled?: boolean;
  onBack?: () => void;
}

/** A form's footer: "Back" to the previous screen, then the submit button (Enter presses it). */
export function FormButtons({ label, busyLabel, busy, disabled = false, onBack }: FormButtonsProps) {
  return (
    <div class="actions">
      {onBack && (
        <button type="button" onClick={onBack}>
          Back
        </button>
      )}
      <button type="submit" class="primary" disabled={busy || disabled}>
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}

/** A submit handler that runs the form's action instead of navigating. */
export function submitWith(run: () => Promise<void>) {
  return (event: Event) => {
    event.preventDefault();
    void run();
  };
}
