import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { LoginMethod, ServerProfile } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons } from './form-buttons';
import { submitWith } from '../../../../lib/ui/submit-with';
import type { ServerFlow } from './server-flow';
import { t } from '../../../../lib/i18n/t';

interface EmnifyLoginFormProps {
  profile: ServerProfile;
  /** Prefilled after a logout, a change of password or an expired session. */
  lastUsername: string | undefined;
  flow: ServerFlow;
}

/** Logs in to an EMnify server with an e-mail address and password, or an application token. */
export function EmnifyLoginForm({ profile, lastUsername, flow }: EmnifyLoginFormProps) {
  const groupId = useId();
  const [method, setMethod] = useState<LoginMethod>('password');
  const [username, setUsername] = useState(lastUsername ?? '');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const login = useAction(async () => {
    flow.dismissError();
    try {
      flow.applySession(
        method === 'password'
          ? await sendMessage('session.loginPassword', { profileId: profile.id, username: username.trim(), password })
          : await sendMessage('session.loginToken', { profileId: profile.id, applicationToken: token.trim() }),
      );
    } finally {
      forgetSecrets();
    }
  });

  /** Neither secret lingers in the page: not after an attempt, whatever its outcome, nor behind the other method. */
  function forgetSecrets() {
    setPassword('');
    setToken('');
  }

  function switchTo(next: LoginMethod) {
    setMethod(next);
    forgetSecrets();
    login.reset();
  }

  return (
    <form class="stack" onSubmit={submitWith(login.run)}>
      <div class="choice" role="radiogroup" aria-labelledby={groupId}>
        <span id={groupId} class="choice-label">
          {t('popupLogInWith')}
        </span>
        <label>
          <input type="radio" name={groupId} checked={method === 'password'} onChange={() => switchTo('password')} />
          {t('popupLoginMethodPassword')}
        </label>
        <label>
          <input
            type="radio"
            name={groupId}
            checked={method === 'application-token'}
            onChange={() => switchTo('application-token')}
          />
          {t('popupApplicationToken')}
        </label>
      </div>
      {method === 'password' ? (
        <>
          <TextField label={t('popupEmailAddress')} type="email" autocomplete="username" required value={username} onInput={setUsername} />
          <TextField label={t('popupPassword')} type="password" autocomplete="current-password" required value={password} onInput={setPassword} />
        </>
      ) : (
        <TextField label={t('popupApplicationTokenField')} type="password" autocomplete="off" required value={token} onInput={setToken} />
      )}
      <ErrorMessage message={login.error} />
      <FormButtons label={t('popupLogIn')} busyLabel={t('popupLoggingIn')} busy={login.busy} />
    </form>
  );
}
