import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/protocol/client';
import type { VaultStatus } from '../../../lib/protocol/protocol';
import { useAction } from '../../../lib/ui/use-action';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { markAfterPaint, UNLOCK_FORM_MARK } from '../../../lib/ui/perf-marks';
import { t } from '../../../lib/i18n/t';

export function UnlockView({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  markAfterPaint(UNLOCK_FORM_MARK);
  const unlock = useAction(async () => {
    try {
      onStatus(await sendMessage('vault.unlock', { passphrase }));
    } finally {
      // The passphrase does not linger in the page, whatever the outcome.
      setPassphrase('');
    }
  });

  return (
    <form
      class="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void unlock.run();
      }}
    >
      <h1>{t('popupUnlockHeading')}</h1>
      <label for="passphrase">{t('popupVaultPassphrase')}</label>
      <input
        id="passphrase"
        type="password"
        autocomplete="current-password"
        autoFocus
        value={passphrase}
        onInput={(e) => setPassphrase(e.currentTarget.value)}
      />
      <ErrorMessage message={unlock.error} />
      <button type="submit" class="primary" disabled={unlock.busy || passphrase.length === 0}>
        {unlock.busy ? t('popupUnlocking') : t('popupUnlock')}
      </button>
    </form>
  );
}
