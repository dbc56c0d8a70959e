import { useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { MfaKeyView, MfaKeysView } from '../../../../lib/messaging/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { activatedNotice } from '../../../../lib/ui/server-text';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { useAction } from '../../../../lib/ui/use-action';
import { ListStatus } from '../devices/list-status';
import { useServerList } from '../devices/use-server-list';
import { MfaKeyRow, type KeyAction, type KeyActionKind } from './mfa-key-row';
import '../devices/server-lists.css';

const loadKeys = () => sendMessage('mfaKeys.list', {});

/** The one action that runs, on which key. */
type Running = { id: number; kind: KeyActionKind };

/** The logged-in user's MFA keys: which one this vault holds, delete, finish or cancel an enrolment. */
export function MfaKeysSection() {
  const list = useServerList(loadKeys);
  const [asking, setAsking] = useState<number>();
  const [running, setRunning] = useState<Running>();
  const [notice, setNotice] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const act = useAction(async (mfaKey: MfaKeyView, action: KeyAction) => {
    setNotice(undefined);
    setRunning({ id: mfaKey.id, kind: action.kind });
    try {
      setNotice(await perform(mfaKey, action, list.show));
      setAsking(undefined);
      headingRef.current?.focus();
    } finally {
      setRunning(undefined);
      // Finishing and cancelling answer with something else than the key list; a failure may
      // also have changed it (a key already gone).
      if (action.kind !== 'delete') void list.reload();
    }
  });

  const { state } = list;
  return (
    <section class="server-list" aria-labelledby="mfa-keys-heading">
      <h2 id="mfa-keys-heading" ref={headingRef} tabIndex={-1}>
        MFA keys
      </h2>
      {state.kind !== 'loaded' ? (
        <ListStatus state={state} what="MFA keys" onRetry={() => void list.reload()} />
      ) : (
        <KeysTable
          view={state.view}
          asking={asking}
          running={running}
          onAsk={(id) => {
            act.reset();
            setAsking(id);
          }}
          onAction={(mfaKey, action) => void act.run(mfaKey, action)}
        />
      )}
      <StatusNotice message={notice} />
      <ErrorMessage message={act.error} />
    </section>
  );
}

/** Runs one row's action; returns the notice that says it is done. */
async function perform(mfaKey: MfaKeyView, action: KeyAction, show: (view: MfaKeysView) => void): Promise<string> {
  switch (action.kind) {
    case 'delete':
      show(await sendMessage('mfaKeys.delete', { id: mfaKey.id }));
      return 'The key is deleted.';
    case 'finish':
      return activatedNotice(await sendMessage('enrolment.activate', { accountId: action.accountId }));
    case 'cancel-enrolment':
      await sendMessage('enrolment.cancel', { accountId: action.accountId });
      return 'The enrolment is cancelled: the key and its secret are deleted.';
  }
}

interface KeysTableProps {
  view: MfaKeysView;
  asking: number | undefined;
  running: Running | undefined;
  onAsk: (id: number | undefined) => void;
  onAction: (mfaKey: MfaKeyView, action: KeyAction) => void;
}

function KeysTable({ view, asking, running, onAsk, onAction }: KeysTableProps) {
  const owner = `${view.username} on ${view.profile.name}`;
  if (view.keys.length === 0) {
    return (
      <>
        <p class="muted">{owner}</p>
        <p class="empty">No MFA keys.</p>
      </>
    );
  }
  return (
    <>
      <p class="muted">The one-time-code keys of {owner}.</p>
      <table>
        <caption class="visually-hidden">MFA keys of {owner}</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Activated</th>
            <th scope="col">In this vault</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {view.keys.map((mfaKey) => (
            <MfaKeyRow
              key={mfaKey.id}
              mfaKey={mfaKey}
              serverName={view.profile.name}
              confirming={asking === mfaKey.id}
              running={running?.id === mfaKey.id ? running.kind : undefined}
              blocked={running !== undefined && running.id !== mfaKey.id}
              onAsk={() => onAsk(mfaKey.id)}
              onCancel={() => onAsk(undefined)}
              onAction={(action) => onAction(mfaKey, action)}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}
