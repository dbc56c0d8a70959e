import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { MfaKeyView, MfaKeysView } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { activatedNotice } from '../../../../lib/ui/server-text';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { useAction } from '../../../../lib/ui/use-action';
import { Loaded } from '../shared/load-status';
import { OwnerTable, ownerName } from '../shared/owner-table';
import { Section, useSectionHeading } from '../shared/section';
import { useLoaded } from '../shared/use-loaded';
import { MfaKeyRow, type KeyAction, type KeyActionKind } from './mfa-key-row';

const loadKeys = () => sendMessage('mfaKeys.list', {});

/** The one action that runs, on which key. */
type Running = { id: number; kind: KeyActionKind };

/** The logged-in user's MFA keys: which one this vault holds, delete, finish or cancel an enrolment. */
export function MfaKeysSection() {
  const keys = useLoaded(loadKeys, { followServerSession: true });
  const [asking, setAsking] = useState<number>();
  const [running, setRunning] = useState<Running>();
  const [notice, setNotice] = useState<string>();
  const heading = useSectionHeading();

  const act = useAction(async (mfaKey: MfaKeyView, action: KeyAction) => {
    setNotice(undefined);
    setRunning({ id: mfaKey.id, kind: action.kind });
    try {
      setNotice(await perform(mfaKey, action, keys.show));
      setAsking(undefined);
      // The row's buttons are gone (a deleted key) or changed (a finished enrolment).
      heading.current?.focus();
    } finally {
      setRunning(undefined);
      // Finishing and cancelling answer with something else than the key list; a failure may
      // also have changed it (a key already gone).
      if (action.kind !== 'delete') void keys.reload();
    }
  });

  return (
    <Section id="mfa-keys" headingRef={heading}>
      <StatusNotice message={notice} />
      <ErrorMessage message={act.error} />
      <Loaded data={keys} loading={t('manageLoadingKeys')}>
        {(view) => (
          <KeysTable
            view={view}
            asking={asking}
            running={running}
            onAsk={(id) => {
              act.reset();
              setAsking(id);
            }}
            onAction={(mfaKey, action) => void act.run(mfaKey, action)}
          />
        )}
      </Loaded>
    </Section>
  );
}

/** Runs one row's action; returns the notice that says it is done. */
async function perform(mfaKey: MfaKeyView, action: KeyAction, show: (view: MfaKeysView) => void): Promise<string> {
  switch (action.kind) {
    case 'delete':
      show(await sendMessage('mfaKeys.delete', { id: mfaKey.id }));
      return t('manageKeyDeleted');
    case 'finish':
      return activatedNotice(await sendMessage('enrolment.activate', { accountId: action.accountId }));
    case 'cancel-enrolment':
      await sendMessage('enrolment.cancel', { accountId: action.accountId });
      return t('manageEnrolmentCancelled');
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
  const owner = ownerName(view);
  return (
    <OwnerTable
      owner={owner}
      intro={t('manageKeysIntro', { owner })}
      empty={t('manageNoKeys')}
      caption={t('manageKeysCaption', { owner })}
      columns={[t('manageTypeColumn'), t('manageStatusColumn'), t('manageCreatedColumn'), t('manageActivatedColumn'), t('manageInVaultColumn')]}
      rowCount={view.keys.length}
    >
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
    </OwnerTable>
  );
}
