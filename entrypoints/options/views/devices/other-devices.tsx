import { plural, t } from '../../../../lib/i18n/t';
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
    return <p class="muted">{t('manageNotAmongDevices')}</p>;
  }
  if (others === 0) return null;
  return (
    <div class="actions start">
      <AskFirst
        label={t('manageRevokeOthers')}
        asking={asking}
        blocked={busy}
        onAsk={onAsk}
        onCancel={onCancel}
        question={plural('manageRevokeOthersQuestion', others)}
        warning={t('manageRevokeOthersWarning')}
        confirmLabel={t('manageRevokeOthersConfirm')}
        busyLabel={t('manageRevoking')}
        busy={busy && asking}
        onConfirm={onConfirm}
      />
    </div>
  );
}
