import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { EnrolmentSecretView, PendingEnrolment } from '../../../../lib/messaging/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { QrCode } from '../../../../lib/ui/qr-code';
import { enrolmentLoginHint } from '../../../../lib/ui/enrolment-text';
import { activatedNotice } from '../../../../lib/ui/server-text';
import { useSteps } from '../../../../lib/ui/use-steps';
import type { ServerFlow } from './server-flow';

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
  // The seed is on screen only while the user asks for it, and leaves the page with this screen.
  const [secret, setSecret] = useState<EnrolmentSecretView | undefined>();
  const step = useSteps(async (which: 'reveal' | 'activate' | 'cancel') => {
    if (which === 'reveal') {
      setSecret(await sendMessage('enrolment.reveal', { accountId }));
    } else if (which === 'activate') {
      flow.onShowCodes(activatedNotice(await sendMessage('enrolment.activate', { accountId })));
    } else {
      flow.onEnrolments(await sendMessage('enrolment.cancel', { accountId }));
      flow.onOpenEnrolment(undefined);
    }
  });

  return (
    <div class="panel">
      <h1>Finish enrolment</h1>
      <p>
        The key for {enrolment.username} on {enrolment.profile.name} is saved in this vault. The server turns it on once it
        receives a code from it.
      </p>
      {secret ? (
        <>
          <button type="button" onClick={() => setSecret(undefined)}>
            Hide QR code and secret
          </button>
          <p class="muted">To have the codes on a phone as well, scan this or type the secret into its app.</p>
          <QrCode label={`QR code for ${enrolment.label}`} size={secret.qrSize} path={secret.qrPath} />
          <code class="secret-key" aria-label="Secret key">
            {secret.secret}
          </code>
        </>
      ) : (
        <button type="button" onClick={() => void step.run('reveal')} disabled={step.busy}>
          {step.running('reveal') ? 'Loading…' : 'Show QR code and secret'}
        </button>
      )}
      {!enrolment.canFinish && <p class="muted">{enrolmentLoginHint(enrolment)}</p>}
      <ErrorMessage message={step.error} />
      {enrolment.canFinish && (
        <button type="button" class="primary" onClick={() => void step.run('activate')} disabled={step.busy}>
          {step.running('activate') ? 'Activating…' : 'Activate with the code from this vault'}
        </button>
      )}
      <div class="actions">
        <button type="button" onClick={() => flow.onOpenEnrolment(undefined)}>
          Back
        </button>
        {enrolment.canFinish && (
          <button type="button" onClick={() => void step.run('cancel')} disabled={step.busy}>
            {step.running('cancel') ? 'Cancelling…' : 'Cancel enrolment'}
          </button>
        )}
      </div>
    </div>
  );
}
