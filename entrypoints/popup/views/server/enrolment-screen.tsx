import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { EnrolmentSecretView, PendingEnrolment } from '../../../../lib/protocol/protocol';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { enrolmentLoginHint } from '../../../../lib/ui/enrolment-text';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { QrCode } from '../../../../lib/ui/qr-code';
import { ScreenHeading } from '../../../../lib/ui/screen-heading';
import { activatedNotice } from '../../../../lib/ui/server-text';
import { usePanelShown } from '../../../../lib/ui/tabs';
import { useSteps } from '../../../../lib/ui/use-steps';
import type { ServerFlow } from './server-flow';
import { t } from '../../../../lib/i18n/t';

interface EnrolmentScreenProps {
  enrolment: PendingEnrolment;
  flow: ServerFlow;
}

/**
 * A key whose seed is in the vault, waiting for the server to activate it. Activating sends a code
 * of that seed, so the vault is proven to hold the right key before the server relies on it.
 */
export function EnrolmentScreen({ enrolment, flow }: EnrolmentScreenProps) {
  const { accountId } = enrolment;
  const secret = useRevealedSecret();
  const step = useSteps(async (which: 'reveal' | 'activate' | 'cancel') => {
    if (which === 'reveal') {
      secret.show(await sendMessage('enrolment.reveal', { accountId }));
    } else if (which === 'activate') {
      flow.onShowCodes(activatedNotice(await sendMessage('enrolment.activate', { accountId })));
    } else {
      flow.onEnrolments(await sendMessage('enrolment.cancel', { accountId }));
      flow.onOpenEnrolment(undefined);
    }
  });
  const reveal = step.buttonFor('reveal');

  return (
    <div class="panel">
      <ScreenHeading>{t('popupFinishEnrolment')}</ScreenHeading>
      <p>{t('popupEnrolmentSaved', { user: enrolment.username, server: enrolment.profile.name })}</p>
      {/* One button that shows and hides, so the keyboard focus stays on it. */}
      <BusyButton
        label={secret.view ? t('popupHideSecret') : t('popupShowSecret')}
        busyLabel={t('popupLoading')}
        {...reveal}
        onClick={secret.view ? secret.hide : reveal.onClick}
      />
      {secret.view && (
        <>
          <p class="muted">{t('popupSecretForPhone')}</p>
          <QrCode label={t('popupQrCodeFor', { name: enrolment.label })} text={secret.view.otpauthUri} />
          <code class="secret-key" aria-label={t('popupSecretKeyName')}>
            {secret.view.secret}
          </code>
        </>
      )}
      {!enrolment.canFinish && <p class="muted">{enrolmentLoginHint(enrolment)}</p>}
      <ErrorMessage message={step.error} />
      {enrolment.canFinish && (
        <BusyButton
          primary
          label={t('popupActivateWithVault')}
          busyLabel={t('popupActivating')}
          {...step.buttonFor('activate')}
        />
      )}
      <div class="actions">
        <button type="button" onClick={() => flow.onOpenEnrolment(undefined)}>
          {t('popupBack')}
        </button>
        {enrolment.canFinish && (
          <BusyButton label={t('popupCancelEnrolment')} busyLabel={t('popupCancelling')} {...step.buttonFor('cancel')} />
        )}
      </div>
    </div>
  );
}

/**
 * The seed as QR code and text, on screen only while the user asks for it: it is dropped when the
 * user hides it, leaves this screen or switches to another tab (asking again costs one message).
 */
function useRevealedSecret() {
  const [view, setView] = useState<EnrolmentSecretView | undefined>();
  const shown = usePanelShown();
  const panelShown = useRef(shown);
  panelShown.current = shown;
  useEffect(() => {
    if (!shown) setView(undefined);
  }, [shown]);
  return {
    view,
    /** A reply that comes back after the user switched tabs is not kept either. */
    show: (revealed: EnrolmentSecretView) => setView(panelShown.current ? revealed : undefined),
    hide: () => setView(undefined),
  };
}
