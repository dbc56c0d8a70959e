import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { SyncView, VaultStatus } from '../../../../lib/protocol/protocol';
import { plural, t } from '../../../../lib/i18n/t';
import { BusyButton } from '../../../../lib/ui/busy-button';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormFooter } from '../shared/form-footer';
import { formatMoment } from '../shared/dates';
import { Loaded } from '../shared/load-status';
import { SectionPart } from '../shared/section';
import { useLoaded } from '../shared/use-loaded';

/** What the background says of sync (module-level: useLoaded reads again when its loader changes). */
const loadSyncView = () => sendMessage('sync.get', {});

/**
 * Sync through the browser's own sync: off by default; turned on here (the first browser), or
 * joined here with the synced vault's passphrase (a browser with a vault of its own).
 */
export function SyncSettings() {
  const view = useLoaded(loadSyncView);
  const [notice, setNotice] = useState<string | undefined>();
  const changed = (next: SyncView, said: string) => {
    view.update(() => next);
    setNotice(said);
  };
  return (
    <SectionPart title={t('syncHeading')}>
      <p>{t('syncExplanation')}</p>
      <Loaded data={view} loading={t('manageLoadingSettings')}>
        {(sync) =>
          sync.on ? (
            <SyncOn sync={sync} onChanged={changed} />
          ) : sync.found === 'found' ? (
            <JoinForm hasVault onJoined={(next) => changed(next, t('syncJoined'))} />
          ) : sync.found === 'refused' && !sync.replaceable ? (
            <ErrorMessage message={sync.refused} />
          ) : sync.found === 'refused' ? (
            <>
              <ErrorMessage message={sync.refused} />
              <p>{t('syncReplaceDamaged')}</p>
              <TurnOn onOn={(next) => changed(next, t('syncTurnedOn'))} />
            </>
          ) : (
            <TurnOn onOn={(next) => changed(next, t('syncTurnedOn'))} />
          )
        }
      </Loaded>
      <StatusNotice message={notice} />
    </SectionPart>
  );
}

/** A browser without a vault: if another browser syncs one, it is offered here, with its passphrase. */
export function SyncJoinOffer({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const view = useLoaded(loadSyncView);
  return (
    <Loaded data={view} loading={t('manageLoadingSettings')}>
      {(sync) =>
        !sync.on && sync.found === 'found' ? (
          <JoinForm hasVault={false} onJoined={async () => onStatus(await sendMessage('vault.status', {}))} />
        ) : null
      }
    </Loaded>
  );
}

function TurnOn({ onOn }: { onOn: (view: SyncView) => void }) {
  const turnOn = useAction(async () => onOn(await sendMessage('sync.turnOn', {})));
  return (
    <>
      <ErrorMessage message={turnOn.error} />
      <div class="actions start">
        <BusyButton type="button" primary label={t('syncTurnOn')} busyLabel={t('syncTurningOn')} busy={turnOn.busy} onClick={turnOn.run} />
      </div>
    </>
  );
}

interface JoinFormProps {
  /** This browser has a vault of its own: its accounts are merged or kept apart. */
  hasVault: boolean;
  onJoined: (view: SyncView) => void;
}

function JoinForm({ hasVault, onJoined }: JoinFormProps) {
  const choiceName = useId();
  const [passphrase, setPassphrase] = useState('');
  const [choice, setChoice] = useState<'merge' | 'keep-apart'>('merge');
  const join = useAction(async () => {
    try {
      onJoined(await sendMessage('sync.join', { passphrase, choice }));
    } finally {
      setPassphrase('');
    }
  });
  return (
    <section aria-label={t('syncFoundHeading')}>
      <h4>{t('syncFoundHeading')}</h4>
      <p>{t('syncFoundIntro')}</p>
      <form class="stack" onSubmit={submitWith(join.run)}>
          <TextField label={t('syncJoinPassphrase')} type="password" autocomplete="current-password" required value={passphrase} onInput={setPassphrase} />
          {hasVault && (
            <fieldset class="choice">
              <legend class="choice-label">{t('syncJoinOwnAccounts')}</legend>
              {(['merge', 'keep-apart'] as const).map((value) => (
                <label key={value}>
                  <input type="radio" name={choiceName} value={value} checked={choice === value} onChange={() => setChoice(value)} />{' '}
                  {value === 'merge' ? t('syncJoinMerge') : t('syncJoinKeepApart')}
                </label>
              ))}
            </fieldset>
          )}
          <FormFooter error={join.error} primary label={t('syncJoin')} busyLabel={t('syncJoining')} busy={join.busy} blocked={passphrase === ''} />
      </form>
    </section>
  );
}

function SyncOn({ sync, onChanged }: { sync: Extract<SyncView, { on: true }>; onChanged: (view: SyncView, said: string) => void }) {
  const turnOff = useAction(async () => onChanged(await sendMessage('sync.turnOff', {}), t('syncTurnedOff')));
  return (
    <>
      <p>
        {t('syncIsOn')} {sync.syncedAt !== undefined && t('syncSyncedAt', { time: formatMoment(sync.syncedAt) })}
      </p>
      {sync.notSynced > 0 && (
        <p role="alert">{plural('syncNotSynced', sync.notSynced, { names: sync.notSyncedNames.join(', ') })}</p>
      )}
      {sync.skipped > 0 && <p>{plural('syncSkipped', sync.skipped)}</p>}
      {sync.stoppedBy && <p role="alert">{t('syncStopped', { reason: stoppedReason(sync.stoppedBy) })}</p>}
      <p>{t('syncTurnOffNote')}</p>
      <ErrorMessage message={turnOff.error} />
      <div class="actions start">
        <BusyButton type="button" label={t('syncTurnOff')} busyLabel={t('syncTurnOff')} busy={turnOff.busy} onClick={turnOff.run} />
      </div>
    </>
  );
}

/** Why the last cycle stopped, from the name it was noted by. */
function stoppedReason(stoppedBy: string): string {
  switch (stoppedBy) {
    case 'meta-newer-format':
      return t('syncErrorNewerFormat');
    case 'meta-weak-key':
      return t('syncErrorWeakKey');
    case 'meta-damaged':
      return t('syncErrorDamaged');
    case 'other-vault':
      return t('syncStoppedOtherVault');
    default:
      return t('syncStoppedUnknown');
  }
}
