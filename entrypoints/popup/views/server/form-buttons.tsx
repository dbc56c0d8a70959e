import { BusyButton } from '../../../../lib/ui/busy-button';
import { t } from '../../../../lib/i18n/t';

interface FormButtonsProps {
  /** The submit button's name, and what it says while its request runs. */
  label: string;
  busyLabel: string;
  busy: boolean;
  /** Not ready to submit yet (still loading what the form offers). */
  blocked?: boolean;
  onBack?: () => void;
}

/** A form's footer: "Back" to the previous screen, then the submit button (Enter presses it). */
export function FormButtons({ label, busyLabel, busy, blocked = false, onBack }: FormButtonsProps) {
  return (
    <div class="actions">
      {onBack && (
        <button type="button" onClick={onBack}>
          {t('popupBack')}
        </button>
      )}
      <BusyButton type="submit" primary label={label} busyLabel={busyLabel} busy={busy} blocked={blocked} />
    </div>
  );
}
