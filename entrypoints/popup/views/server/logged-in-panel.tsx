import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { SessionView } from '../../../../lib/protocol/protocol';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { ScreenHeading } from '../../../../lib/ui/screen-heading';
import { loggedInSentence, sessionTimeSentence, trustSentence } from '../../../../lib/ui/server-text';
import { useAction } from '../../../../lib/ui/use-action';
import { useNow } from '../../../../lib/ui/use-now';
import { ChangePasswordForm } from './change-password-form';
import { EnrolForm } from './enrol-form';
import { KeyOffer } from './key-offer';
import type { ServerFlow } from './server-flow';
import { t } from '../../../../lib/i18n/t';

type LoggedIn = Extract<SessionView, { state: 'logged-in' }>;

interface LoggedInPanelProps {
  view: LoggedIn;
  flow: ServerFlow;
}

/** A session: who is logged in, for how long, and what the user can do with it. */
export function LoggedInPanel({ view, flow }: LoggedInPanelProps) {
  const [screen, setScreen] = useState<'home' | 'enrol' | 'change-password'>('home');
  const logout = useAction(async () => {
    flow.applySession(await sendMessage('session.logout', {}));
  });
  const go = (next: typeof screen) => {
    setScreen(next);
    flow.dismissError();
  };

  if (screen === 'enrol') return <EnrolForm flow={flow} onBack={() => go('home')} />;
  if (screen === 'change-password') return <ChangePasswordForm flow={flow} onBack={() => go('home')} />;

  // Keys and passwords belong to a user: an application token stands for none in particular.
  const byPassword = view.method === 'password';
  const trust = trustSentence(view);
  return (
    <div class="stack">
      <ScreenHeading>{t('popupServer')}</ScreenHeading>
      <p>{loggedInSentence(view)}</p>
      <SessionClock view={view} />
      {trust && <p class="muted">{trust}</p>}
      <KeyOffer view={view} flow={flow} />
      <ErrorMessage message={logout.error} />
      <div class="actions start">
        {byPassword && (
          <>
            <button type="button" onClick={() => go('enrol')}>
              {t('popupEnrolKey')}
            </button>
            <button type="button" onClick={() => go('change-password')}>
              {t('popupChangePassword')}
            </button>
          </>
        )}
        <BusyButton label={t('popupLogOut')} busyLabel={t('popupLoggingOut')} busy={logout.busy} onClick={() => void logout.run()} />
      </div>
    </div>
  );
}

/** Its own component: only this line redraws every second. */
function SessionClock({ view }: { view: LoggedIn }) {
  const sentence = sessionTimeSentence(view, useNow());
  return sentence ? <p class="muted">{sentence}</p> : null;
}
