import { t } from '../../../../lib/i18n/t';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';

interface FormFooterProps {
  /** The sentence of the form's last failure, next to the button that will try again. */
  error: string | undefined;
  /** The submit button (Enter presses it), and what it says while its request runs. */
  label: string;
  busyLabel: string;
  busy: boolean;
  /** Not ready to submit yet (a field to fill, another action running). */
  blocked?: boolean;
  primary?: boolean;
  /** Offers "Cancel" for a form that can be closed. */
  onCancel?: () => void;
}

/** The end of every form of the page: its error, then its submit button and a way out. */
export function FormFooter({ error, label, busyLabel, busy, blocked = false, primary = false, onCancel }: FormFooterProps) {
  return (
    <>
      <ErrorMessage message={error} />
      <div class="actions start">
        <BusyButton type="submit" primary={primary} label={label} busyLabel={busyLabel} busy={busy} blocked={blocked} />
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('manageCancel')}
          </button>
        )}
      </div>
    </>
  );
}
