import { sendMessage } from '../../../lib/protocol/client';
import type { PendingEnrolment } from '../../../lib/protocol/protocol';
import { BusyButton } from '../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { enrolmentLoginHint, enrolmentReminder } from '../../../lib/ui/enrolment-text';
import { useAction } from '../../../lib/ui/use-action';
import { t } from '../../../lib/i18n/t';

interface EnrolmentBannerProps {
  enrolments: PendingEnrolment[];
  /** The enrolment whose screen is on view: its reminder needs no buttons of its own. */
  openId: string | undefined;
  onFinish: (enrolment: PendingEnrolment) => void;
  onEnrolments: (enrolments: PendingEnrolment[]) => void;
}

/**
 * Keys whose seed is in the vault but that the server has not activated: left like that, the user
 * would believe two-step verification is on. Kept small: it is part of the popup's first bundle.
 */
export function EnrolmentBanner({ enrolments, openId, onFinish, onEnrolments }: EnrolmentBannerProps) {
  return (
    <>
      {enrolments.map((enrolment) => (
        <EnrolmentReminder
          key={enrolment.accountId}
          enrolment={enrolment}
          open={enrolment.accountId === openId}
          onFinish={onFinish}
          onEnrolments={onEnrolments}
        />
      ))}
    </>
  );
}

interface EnrolmentReminderProps {
  enrolment: PendingEnrolment;
  open: boolean;
  onFinish: (enrolment: PendingEnrolment) => void;
  onEnrolments: (enrolments: PendingEnrolment[]) => void;
}

function EnrolmentReminder({ enrolment, open, onFinish, onEnrolments }: EnrolmentReminderProps) {
  const cancel = useAction(async () => {
    onEnrolments(await sendMessage('enrolment.cancel', { accountId: enrolment.accountId }));
  });

  return (
    <section class="reminder" aria-label={t('popupUnfinishedEnrolment')}>
      <p>{enrolmentReminder(enrolment)}</p>
      {!enrolment.canFinish ? (
        <p class="muted">{enrolmentLoginHint(enrolment)}</p>
      ) : (
        !open && (
          <div class="actions">
            <button type="button" class="primary" onClick={() => onFinish(enrolment)}>
              {t('popupFinish')}
            </button>
            <BusyButton label={t('popupCancelEnrolment')} busyLabel={t('popupCancelling')} busy={cancel.busy} onClick={() => void cancel.run()} />
          </div>
        )
      )}
      <ErrorMessage message={cancel.error} />
    </section>
  );
}
