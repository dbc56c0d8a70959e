import { useState } from 'preact/hooks';
import type { ProfilesView, ServerProfile, SessionView } from '../../../../lib/protocol/protocol';
import { ScreenHeading } from '../../../../lib/ui/screen-heading';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { ActivateAccountForm } from './activate-account-form';
import { AddServerForm } from './add-server-form';
import { AmadisChangePasswordForm } from './amadis-change-password-form';
import { AmadisRegisterForm } from './amadis-register-form';
import { AmadisResetPasswordForm } from './amadis-reset-password-form';
import { EmnifyLoginForm } from './emnify-login-form';
import { HostAccessNotice } from './host-access-notice';
import { ProfilePicker } from './profile-picker';
import { ResendActivationForm } from './resend-activation-form';
import type { ServerFlow } from './server-flow';
import { t } from '../../../../lib/i18n/t';

type Screen =
  | { name: 'home' }
  | { name: 'add-server' }
  | { name: 'activate' }
  | { name: 'resend' }
  | { name: 'amadis-register' }
  | { name: 'amadis-change-password'; email?: string }
  | { name: 'amadis-reset-password' };

interface LoggedOutPanelProps {
  view: Extract<SessionView, { state: 'logged-out' }>;
  profiles: ProfilesView;
  onProfiles: (profiles: ProfilesView) => void;
  flow: ServerFlow;
}

/** No session: pick a server, then log in (EMnify) or use the flows that need no session. */
export function LoggedOutPanel({ view, profiles, onProfiles, flow }: LoggedOutPanelProps) {
  const [screen, setScreen] = useState<Screen>({ name: 'home' });
  const [notice, setNotice] = useState<string | undefined>();
  const profile = profiles.profiles.find((p) => p.id === profiles.selectedId);

  function go(next: Screen) {
    setScreen(next);
    setNotice(undefined);
    flow.dismissError();
  }
  /** Back to the first screen, with what the last flow achieved. */
  function home(message?: string) {
    go({ name: 'home' });
    setNotice(message);
  }

  if (screen.name === 'add-server') {
    return (
      <AddServerForm
        onSaved={(next) => {
          onProfiles(next);
          home();
        }}
        onBack={() => home()}
      />
    );
  }
  if (profile && screen.name !== 'home') return <ProfileFlow screen={screen} profile={profile} go={go} home={home} flow={flow} />;

  return (
    <div class="stack">
      <ScreenHeading>{t('popupServer')}</ScreenHeading>
      <ProfilePicker profiles={profiles} onProfiles={onProfiles} onAdd={() => go({ name: 'add-server' })} />
      {profile && <HostAccessNotice profile={profile} onGranted={flow.dismissError} />}
      {/* The background's own notice says why the last session ended (a change of password, say). */}
      <StatusNotice message={notice ?? view.notice} />
      {profile?.kind === 'emnify' && (
        <>
          <EmnifyLoginForm profile={profile} lastUsername={view.lastUsername} flow={flow} />
          <div class="actions start">
            <button type="button" onClick={() => go({ name: 'activate' })}>
              {t('popupActivateAccount')}
            </button>
            <button type="button" onClick={() => go({ name: 'resend' })}>
              {t('popupResendActivation')}
            </button>
          </div>
        </>
      )}
      {profile?.kind === 'amadis' && (
        <>
          <p class="muted">{t('popupAmadisNoLogin')}</p>
          <div class="actions start">
            <button type="button" onClick={() => go({ name: 'amadis-register' })}>
              {t('popupRegister')}
            </button>
            <button type="button" onClick={() => go({ name: 'amadis-change-password' })}>
              {t('popupChangePassword')}
            </button>
            <button type="button" onClick={() => go({ name: 'amadis-reset-password' })}>
              {t('popupResetPassword')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

interface ProfileFlowProps {
  screen: Exclude<Screen, { name: 'home' } | { name: 'add-server' }>;
  profile: ServerProfile;
  go: (screen: Screen) => void;
  home: (notice?: string) => void;
  flow: ServerFlow;
}

/** The flows of the selected server that need no session. */
function ProfileFlow({ screen, profile, go, home, flow }: ProfileFlowProps) {
  const back = () => home();
  switch (screen.name) {
    case 'activate':
      return <ActivateAccountForm profile={profile} onDone={home} onBack={back} />;
    case 'resend':
      return <ResendActivationForm profile={profile} onDone={home} onBack={back} />;
    case 'amadis-register':
      return (
        <AmadisRegisterForm
          profile={profile}
          onRegistered={(notice) => {
            home();
            flow.onShowCodes(notice);
          }}
          onBack={back}
        />
      );
    case 'amadis-change-password':
      return <AmadisChangePasswordForm profile={profile} email={screen.email} onDone={home} onBack={back} />;
    case 'amadis-reset-password':
      return (
        <AmadisResetPasswordForm
          profile={profile}
          onChangeNow={(email) => go({ name: 'amadis-change-password', email })}
          onBack={back}
        />
      );
  }
}
