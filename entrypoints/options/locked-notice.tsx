import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/protocol/client';
import type { VaultStatus } from '../../lib/protocol/protocol';
import { t } from '../../lib/i18n/t';
import { ScreenHeading } from '../../lib/ui/screen-heading';
import { submitWith } from '../../lib/ui/submit-with';
import { TextField } from '../../lib/ui/text-field';
import { useAction } from '../../lib/ui/use-action';
import { FormFooter } from './views/shared/form-footer';
import { SyncJoinOffer } from './views/settings/sync-settings';

/**
 * The page manages the vault's contents, so it needs the vault unlocked like the popup does. When
 * this replaces the section the user was on (the vault locked, or was erased), the focus lands in
 * the passphrase field, or on the heading when there is nothing to type.
 */
export function LockedNotice({ status, onStatus }: { status: VaultStatus; onStatus: (s: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const unlock = useAction(async () => {
    try {
      onStatus(await sendMessage('vault.unlock', { passphrase }));
    } finally {
      // The passphrase does not linger in the page, whatever the outcome.
      setPassphrase('');
    }
  });

  if (status.state === 'uninitialised') {
    return (
      <main class="panel">
        <ScreenHeading>{t('manageNoVaultHeading')}</ScreenHeading>
        <p>{t('manageNoVaultText')}</p>
        <SyncJoinOffer onStatus={onStatus} />
      </main>
    );
  }
  return (
    <main class="panel">
      <h1>{t('manageUnlockHeading')}</h1>
      <form class="stack" onSubmit={submitWith(unlock.run)}>
        <TextField
          label={t('manageVaultPassphrase')}
          type="password"
          autocomplete="current-password"
          autoFocus
          value={passphrase}
          onInput={setPassphrase}
        />
        <FormFooter
          error={unlock.error}
          primary
          label={t('manageUnlock')}
          busyLabel={t('manageUnlocking')}
          busy={unlock.busy}
          blocked={passphrase === ''}
        />
      </form>
    </main>
  );
}
