import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../../lib/protocol/client';
import type { VaultStatus } from '../../../lib/protocol/protocol';
import { passphraseAdvice } from '../../../lib/ui/passphrase-strength/strength-hint';
import { usePassphraseStrength } from '../../../lib/ui/passphrase-strength/use-passphrase-strength';
import { t } from '../../../lib/i18n/t';
import { useAction } from '../../../lib/ui/use-action';
import { ErrorMessage } from '../../../lib/ui/error-message';

export function SetupView({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const hint = usePassphraseStrength(passphrase);
  const create = useAction(async () => {
    onStatus(await sendMessage('vault.create', { passphrase }));
  });

  function submit(event: Event) {
    event.preventDefault();
    const differs = passphrase !== confirmation;
    setMismatch(differs);
    if (!differs && hint.level !== 'too-short') void create.run();
  }

  return (
    <form class="panel" onSubmit={submit}>
      <h1>{t('popupCreateVaultHeading')}</h1>
      <p class="muted">{t('popupCreateVaultIntro')}</p>
      <SyncedVaultFound />
      <label for="new-passphrase">{t('popupVaultPassphrase')}</label>
      <input
        id="new-passphrase"
        type="password"
        autocomplete="new-password"
        autoFocus
        value={passphrase}
        onInput={(e) => setPassphrase(e.currentTarget.value)}
        aria-describedby="strength"
      />
      <p id="strength" class={`strength strength-${hint.level}`} aria-live="polite">
        {passphrase ? hint.text : passphraseAdvice()}
      </p>
      <label for="confirm-passphrase">{t('popupRepeatPassphrase')}</label>
      <input
        id="confirm-passphrase"
        type="password"
        autocomplete="new-password"
        value={confirmation}
        onInput={(e) => setConfirmation(e.currentTarget.value)}
      />
      <ErrorMessage message={mismatch ? t('popupPassphrasesDiffer') : create.error} />
      <button type="submit" class="primary" disabled={create.busy || hint.level === 'too-short'}>
        {create.busy ? t('popupCreating') : t('popupCreateVault')}
      </button>
    </form>
  );
}

/** A vault another browser syncs is there: it is joined on the management page, with its passphrase. */
function SyncedVaultFound() {
  const [found, setFound] = useState(false);
  useEffect(() => {
    sendMessage('sync.get', {}).then((sync) => setFound(!sync.on && sync.found === 'found'), () => undefined);
  }, []);
  if (!found) return null;
  return (
    <p>
      {t('popupSyncedVaultFound')}{' '}
      <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
        {t('popupJoinSyncedVault')}
      </a>
    </p>
  );
}
