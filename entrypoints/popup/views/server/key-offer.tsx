import { useId, useState } from 'preact/hooks';
import { accountName } from '../../../../lib/accounts/account-name';
import { sendMessage } from '../../../../lib/protocol/client';
import type { SessionView } from '../../../../lib/protocol/protocol';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { useSteps } from '../../../../lib/ui/use-steps';
import type { ServerFlow } from './server-flow';

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
    if (which === 'remember' && offered) setRemembered(`Next time, the code comes from ${accountName(offered)} in one click.`);
  });
  const offer = view.keyOffer;
  if (!offer) return <StatusNotice message={remembered} />;
  return (
    <div class="stack" role="group" aria-labelledby={question}>
      <p id={question}>
        Use this key for {view.username} on {view.profile.name} next time?
      </p>
      <p class="muted">{accountName(offer)} gave the code the server accepted.</p>
      <ErrorMessage message={answer.error} />
      <div class="actions start">
        <BusyButton primary label="Remember" busyLabel="Remembering…" {...answer.buttonFor('remember')} />
        <BusyButton label="Not now" busyLabel="Not now…" {...answer.buttonFor('decline')} />
      </div>
    </div>
  );
}
