import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { OtherUserView } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { OtherUserDevices, type DeviceAsking } from '../devices/other-user-devices';
import { OtherUserKeys } from '../mfa-keys/other-user-keys';
import { LoadStatus } from '../shared/load-status';
import { Section, useSectionHeading } from '../shared/section';
import { sectionTitle } from '../../sections';
import { withLinks } from './with-links';
import { keyDeleteWarning, otherUserName, userIdFrom } from './other-user-text';
import { useOtherUser } from './use-other-user';

/** The one action that runs on the open user. */
type Running = { kind: 'device' | 'key'; id: number } | { kind: 'all' };

const openUser = (userId: number) => () => sendMessage('otherUsers.open', { userId });

/**
 * An administrator's view of another user of the logged-in server, opened by id: their trusted
 * devices (revoke one or all) and MFA keys (delete). The server decides who may manage whom.
 */
export function OtherUsersSection() {
  const [typed, setTyped] = useState('');
  const [inputError, setInputError] = useState<string>();
  const user = useOtherUser();
  const [devicesAsking, setDevicesAsking] = useState<DeviceAsking>();
  const [keyAsking, setKeyAsking] = useState<number>();
  const [running, setRunning] = useState<Running>();
  const [notice, setNotice] = useState<string>();
  const [actionError, setActionError] = useState<string>();
  const heading = useSectionHeading();
  const userHeading = useRef<HTMLHeadingElement>(null);
  const openedId = user.state.kind === 'loaded' ? user.state.view.userId : undefined;

  // A user just opened is new content: the keyboard and a screen reader go on from their name.
  useEffect(() => {
    if (openedId !== undefined) userHeading.current?.focus();
  }, [openedId]);

  function forgetActions() {
    setDevicesAsking(undefined);
    setKeyAsking(undefined);
    setRunning(undefined);
    setNotice(undefined);
    setActionError(undefined);
  }

  function open() {
    let userId: number;
    try {
      userId = userIdFrom(typed);
    } catch (error) {
      setInputError((error as Error).message);
      return;
    }
    setInputError(undefined);
    forgetActions();
    void user.read(userId, openUser(userId), true);
  }

  async function act(view: OtherUserView, what: Running, work: () => Promise<OtherUserView>, done: string) {
    setNotice(undefined);
    setActionError(undefined);
    setRunning(what);
    try {
      if (await user.request(view.userId, work)) {
        setDevicesAsking(undefined);
        setKeyAsking(undefined);
        setNotice(done);
        // The row (or rows) just removed took the focus with them.
        heading.current?.focus();
      }
    } catch (error) {
      setActionError((error as Error).message);
      // Part of it may have happened (a device already gone, some of the devices revoked).
      void user.read(view.userId, openUser(view.userId), false);
    } finally {
      setRunning((current) => (current === what ? undefined : current));
    }
  }

  const { state } = user;
  return (
    <Section id="other-users" headingRef={heading}>
      <p class="muted">{t('manageOtherUsersIntro')}</p>
      <form class="stack" noValidate onSubmit={submitWith(async () => open())}>
        <TextField
          label={t('manageUserId')}
          inputMode="numeric"
          value={typed}
          onInput={setTyped}
          hint={t('manageUserIdHint')}
        />
        <ErrorMessage message={inputError} />
        <div class="actions start">
          <button type="submit" class="primary">
            {t('manageOpenUser')}
          </button>
        </div>
      </form>
      <StatusNotice message={state.kind === 'none' ? state.notice : notice} />
      <ErrorMessage message={actionError} />
      {state.kind === 'loading' || state.kind === 'failed' ? (
        <LoadStatus
          state={
            state.kind === 'loading' ? state : { kind: state.loginNeeded ? 'login-needed' : 'failed', message: state.message }
          }
          loading={t('manageLoadingUser', { id: String(state.userId) })}
          onRetry={() => void user.read(state.userId, openUser(state.userId), true)}
        />
      ) : state.kind === 'loaded' ? (
        <OpenUser
          view={state.view}
          headingRef={userHeading}
          devicesAsking={devicesAsking}
          keyAsking={keyAsking}
          running={running}
          onAskDevice={(next) => {
            setActionError(undefined);
            setDevicesAsking(next);
          }}
          onAskKey={(next) => {
            setActionError(undefined);
            setKeyAsking(next);
          }}
          onRevoke={(id) =>
            void act(
              state.view,
              { kind: 'device', id },
              () => sendMessage('otherUsers.revokeDevice', { userId: state.view.userId, id }),
              t('manageDeviceRevoked'),
            )
          }
          onRevokeAll={() =>
            void act(
              state.view,
              { kind: 'all' },
              () => sendMessage('otherUsers.revokeAllDevices', { userId: state.view.userId }),
              t('manageAllDevicesRevoked'),
            )
          }
          onDeleteKey={(id) =>
            void act(
              state.view,
              { kind: 'key', id },
              () => sendMessage('otherUsers.deleteKey', { userId: state.view.userId, id }),
              t('manageKeyDeleted'),
            )
          }
        />
      ) : null}
    </Section>
  );
}

interface OpenUserProps {
  view: OtherUserView;
  headingRef: { current: HTMLHeadingElement | null };
  devicesAsking: DeviceAsking;
  keyAsking: number | undefined;
  running: Running | undefined;
  onAskDevice: (asking: DeviceAsking) => void;
  onAskKey: (id: number | undefined) => void;
  onRevoke: (id: number) => void;
  onRevokeAll: () => void;
  onDeleteKey: (id: number) => void;
}

function OpenUser({ view, headingRef, devicesAsking, keyAsking, running, ...on }: OpenUserProps) {
  const owner = otherUserName(view);
  const onDevices = running?.kind === 'device' || running?.kind === 'all';
  return (
    <section class="stack" aria-labelledby="other-user-heading">
      <h3 id="other-user-heading" ref={headingRef} tabIndex={-1}>
        {owner}
      </h3>
      {view.self ? (
        <p class="plain-notice">
          {withLinks(t('manageThisIsYou'), {
            devices: <a href="#devices">{sectionTitle('devices')}</a>,
            keys: <a href="#mfa-keys">{sectionTitle('mfa-keys')}</a>,
          })}
        </p>
      ) : (
        <>
          <h4>{sectionTitle('devices')}</h4>
          <OtherUserDevices
            owner={owner}
            devices={view.devices}
            asking={devicesAsking}
            busy={onDevices}
            blocked={running !== undefined && !onDevices}
            onAsk={on.onAskDevice}
            onRevoke={on.onRevoke}
            onRevokeAll={on.onRevokeAll}
          />
          <h4>{sectionTitle('mfa-keys')}</h4>
          <OtherUserKeys
            owner={owner}
            keys={view.keys}
            deleteWarning={keyDeleteWarning(view)}
            asking={keyAsking}
            deleting={running?.kind === 'key' ? running.id : undefined}
            blocked={running !== undefined && running.kind !== 'key'}
            onAsk={on.onAskKey}
            onDelete={on.onDeleteKey}
          />
        </>
      )}
    </section>
  );
}
