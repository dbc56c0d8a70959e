import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { SessionView } from '../../../../lib/protocol/protocol';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { TextField } from '../../../../lib/ui/text-field';
import { useSteps } from '../../../../lib/ui/use-steps';
import { submitWith } from '../../../../lib/ui/submit-with';
import { describeThisBrowser } from './device-info';
import type { ServerFlow } from './server-flow';
import { usePickList, VaultAccountSelect } from './vault-account-picker';
import { t } from '../../../../lib/i18n/t';

type Step = 'vault' | 'pick' | 'code' | 'cancel';

interface MfaStepProps {
  view: Extract<SessionView, { state: 'mfa' }>;
  flow: ServerFlow;
}

/**
 * The second step of an EMnify login: a one-time code, typed in or taken from the vault: from the
 * account bound to this user, or else from one the user picks. @see docs/api-contract.md §1.2, flow 2
 *
 * The choices come before the buttons that act on them (the account to take the code from, trust
 * this browser): read top to bottom, or tabbed through, nothing is sent before they were passed.
 */
export function MfaStep({ view, flow }: MfaStepProps) {
  const [code, setCode] = useState('');
  const [picked, setPicked] = useState('');
  const [trustDevice, setTrustDevice] = useState(false);
  const step = useSteps(async (which: Step) => {
    const trustedDevice = trustDevice ? describeThisBrowser() : undefined;
    if (which === 'pick' && !picked) throw new Error(t('popupChooseAccountFirst'));
    try {
      if (which === 'cancel') flow.applySession(await sendMessage('session.cancelMfa', {}));
      else if (which === 'vault') flow.applySession(await sendMessage('session.submitCode', { trustedDevice }));
      else if (which === 'pick') flow.applySession(await sendMessage('session.submitCode', { accountId: picked, trustedDevice }));
      else flow.applySession(await sendMessage('session.submitCode', { code: code.trim(), trustedDevice }));
    } catch (error) {
      // A rejected code is spent (RFC 6238 §5.2): the field empties for the next one.
      setCode('');
      await flow.onFailure(error as Error);
      throw which === 'pick' ? pickFailure(error as Error) : error;
    }
  });
  const account = view.vaultAccount;
  const pickable = usePickList(view, !account);

  return (
    <form class="stack" onSubmit={submitWith(() => step.run('code'))}>
      <h1>{t('popupTwoStepHeading')}</h1>
      <p>{t('popupCodeNeeded', { user: view.username, server: view.profile.name })}</p>
      {view.deviceNotTrusted && <p class="muted">{t('popupDeviceNoLongerTrusted')}</p>}
      {account ? (
        <p class="muted">{t('popupVaultHoldsKey', { name: account.issuer || account.label })}</p>
      ) : (
        pickable.list && <VaultAccountSelect list={pickable.list} picked={picked} onPick={setPicked} />
      )}
      <label class="check">
        <input type="checkbox" checked={trustDevice} onChange={(e) => setTrustDevice(e.currentTarget.checked)} />
        {t('popupTrustBrowser')}
      </label>
      {account ? (
        <BusyButton
          primary
          autoFocus
          label={t('popupContinueWithVault')}
          busyLabel={t('popupWaitingForCode')}
          {...step.buttonFor('vault')}
        />
      ) : (
        pickable.list && (
          <BusyButton label={t('popupContinueWithPicked')} busyLabel={t('popupWaitingForCode')} {...step.buttonFor('pick')} />
        )
      )}
      <ErrorMessage message={pickable.error} />
      <TextField
        label={t('popupOneTimeCode')}
        autocomplete="one-time-code"
        required
        maxLength={32}
        autoFocus={!account}
        value={code}
        onInput={setCode}
      />
      <ErrorMessage message={step.error} />
      <div class="actions">
        <BusyButton label={t('popupCancel')} busyLabel={t('popupCancelling')} {...step.buttonFor('cancel')} />
        {/* Runs from the form's submit event (Enter in the code field too), not from a click of its own. */}
        <BusyButton
          type="submit"
          primary={!account}
          label={t('popupVerifyCode')}
          busyLabel={t('popupVerifying')}
          busy={step.running('code')}
          blocked={step.busy}
        />
      </div>
    </form>
  );
}

/**
 * A refused code of a picked account most likely means the wrong account: the sentence says to
 * choose again rather than to wait for the next code. Other failures say what they say.
 */
function pickFailure(error: Error): Error {
  return error.name === 'CodeRejectedError' ? new Error(t('popupPickedCodeRejected')) : error;
}
