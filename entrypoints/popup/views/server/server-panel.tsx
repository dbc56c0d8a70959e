import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import { onExtensionEvent } from '../../../../lib/messaging/events';
import type { PendingEnrolment, ProfilesView, SessionView } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { EnrolmentScreen } from './enrolment-screen';
import { HostAccessNotice } from './host-access-notice';
import { LoggedInPanel } from './logged-in-panel';
import { LoggedOutPanel } from './logged-out-panel';
import { MfaStep } from './mfa-step';
import type { ServerFlow } from './server-flow';
import { t } from '../../../../lib/i18n/t';

export interface ServerPanelProps {
  /** The pending key whose enrolment screen to show, if any. */
  enrolment: PendingEnrolment | undefined;
  onOpenEnrolment: (enrolment: PendingEnrolment | undefined) => void;
  onEnrolments: (enrolments: PendingEnrolment[]) => void;
  /** The session changed: which enrolments can be finished may have changed with it. */
  onSessionChange: () => void;
  /** A flow added an account: the popup shows the Codes tab with this notice. */
  onShowCodes: (notice: string) => void;
}

/**
 * The Server tab: server profiles, the EMnify login with its MFA step, enrolment and the account
 * flows. Which screen shows follows the background's session view; every change of session comes
 * back from the background, from a reply or from a `session.changed` announcement.
 */
export function ServerPanel({ enrolment, onOpenEnrolment, onEnrolments, onSessionChange, onShowCodes }: ServerPanelProps) {
  const [session, setSession] = useState<SessionView | undefined>();
  const [profiles, setProfiles] = useState<ProfilesView | undefined>();
  const [error, setError] = useState<string | undefined>();
  // The state as last received (a render may not have happened yet when a failure compares it).
  const shownState = useRef<SessionView['state'] | undefined>();
  const reportSessionChange = useRef(onSessionChange);
  reportSessionChange.current = onSessionChange;

  const applySession = useCallback((next: SessionView) => {
    const previous = shownState.current;
    shownState.current = next.state;
    setSession(next);
    if (next.state === previous) return;
    setError(undefined);
    // The popup fetched the enrolments when it opened: only a change since then matters.
    if (previous !== undefined) reportSessionChange.current();
  }, []);

  const refreshSession = useCallback(async () => {
    try {
      applySession(await sendMessage('session.view', {}));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [applySession]);

  useEffect(() => {
    void refreshSession();
    sendMessage('profiles.list', {}).then(setProfiles, (e: Error) => setError(e.message));
    return onExtensionEvent('session.changed', () => void refreshSession());
  }, [refreshSession]);

  /**
   * After a failed step the session may have moved on without the page (an expired MFA step goes
   * back to the login form): the error then stays on the panel, since the screen that showed it
   * is gone.
   */
  const onFailure = useCallback(
    async (failure: Error) => {
      const before = shownState.current;
      await refreshSession();
      if (shownState.current !== before) setError(failure.message);
    },
    [refreshSession],
  );

  const dismissError = useCallback(() => setError(undefined), []);
  const flow: ServerFlow = { applySession, onFailure, dismissError, onShowCodes, onOpenEnrolment, onEnrolments };

  if (enrolment) return <EnrolmentScreen enrolment={enrolment} flow={flow} />;
  if (!session || !profiles) {
    return <div class="panel">{error ? <ErrorMessage message={error} /> : <p class="loading">{t('popupLoading')}</p>}</div>;
  }
  return (
    <div class="panel server">
      <ErrorMessage message={error} />
      {session.state !== 'logged-out' && <HostAccessNotice profile={session.profile} onGranted={dismissError} />}
      {session.state === 'mfa' ? (
        <MfaStep view={session} flow={flow} />
      ) : session.state === 'logged-in' ? (
        <LoggedInPanel view={session} flow={flow} />
      ) : (
        <LoggedOutPanel view={session} profiles={profiles} onProfiles={setProfiles} flow={flow} />
      )}
    </div>
  );
}
