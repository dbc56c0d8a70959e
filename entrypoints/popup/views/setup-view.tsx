import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/protocol/client';
import type { VaultStatus } from '../../../lib/protocol/protocol';
import { passphraseStrength } from '../../../lib/ui/passphrase-strength';
import { useAction } from '../../../lib/ui/use-action';
import { ErrorMessage } from '../../../lib/ui/error-message';

export function SetupView({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const hint = passphraseStrength(passphrase);
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
      <h1>Create your vault</h1>
      <p class="muted">
        Your one-time-code keys are encrypted with this passphrase. It is never stored and cannot be recovered:
        keep it somewhere safe.
      </p>
      <label for="new-passphrase">Vault passphrase</label>
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
        {passphrase ? hint.text : 'Use a long passphrase: several words work well.'}
      </p>
      <label for="confirm-passphrase">Repeat the passphrase</label>
      <input
        id="confirm-passphrase"
        type="password"
        autocomplete="new-password"
        value={confirmation}
        onInput={(e) => setConfirmation(e.currentTarget.value)}
      />
      <ErrorMessage message={mismatch ? 'The two passphrases differ.' : create.error} />
      <button type="submit" class="primary" disabled={create.busy || hint.level === 'too-short'}>
        {create.busy ? 'Creating…' : 'Create vault'}
      </button>
    </form>
  );
}
