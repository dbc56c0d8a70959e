import { useId, useState } from 'preact/hooks';
import { accountName } from '../../../../lib/accounts/account-name';
import { sendMessage } from '../../../../lib/protocol/client';
import type { SessionView } from '../../../../lib/protocol/protocol';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { useSteps } from '../../../../lib/ui/use-steps';
import type { ServerFlow } from './server-flow';
import { t } from '../../../../lib/i18n/t';

type LoggedIn = Extract<SessionView, { state: 'logged-in' }>;

/**
 * After a login with a code from an account picked at the MFA step: "Use this key for ann@… on
 * Server next time?". Remember ties the account to this user (in the vault, encrypted with it), so
 * the next login is one click; Not now leaves it as it was. The offer comes from the session view,
 * so it is still here after the popup closed, until it is answered or the session ends.
 */
export function KeyOffer({ view, flow }: { view: LoggedIn; flow: ServerFlow }) {
  const question = useId();
  const [remembered, setRemembered] = useState<string | undefined>();
  const answer = useSteps(async (which: 'remember' | 'decline') => {
    const offered = view.keyOffer;
    flow.applySession(await sendMessage('session.answerKeyOffer', { remember: which === 'remember' }));
    if (which === 'remember' && offered) setRemembered(t('popupKeyRemembered', { name: accountName(offered) }));
  });
  const offer = view.keyOffer;
  if (!offer) return <StatusNotice message={remembered} />;
  return (
    <div class="stack" role="group" aria-labelledby={question}>
      <p id={question}>{t('popupKeyOfferQuestion', { user: view.username ?? '', server: view.profile.name })}</p>
      <p class="muted">{t('popupKeyOfferSource', { name: accountName(offer) })}</p>
      <ErrorMessage message={answer.error} />
      <div class="actions start">
        <BusyButton primary label={t('popupRemember')} busyLabel={t('popupRemembering')} {...answer.buttonFor('remember')} />
        <BusyButton label={t('popupNotNow')} busyLabel={t('popupNotNowBusy')} {...answer.buttonFor('decline')} />
      </div>
    </div>
  );
}
