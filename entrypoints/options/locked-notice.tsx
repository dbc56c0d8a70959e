import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/protocol/client';
import type { VaultStatus } from '../../lib/protocol/protocol';
import { ScreenHeading } from '../../lib/ui/screen-heading';
import { submitWith } from '../../lib/ui/submit-with';
import { TextField } from '../../lib/ui/text-field';
import { useAction } from '../../lib/ui/use-action';
import { FormFooter } from './views/shared/form-footer';

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
        <ScreenHeading>No vault yet</ScreenHeading>
        <p>Create your vault from the extension's toolbar button first; this page manages what it holds.</p>
      </main>
    );
  }
  return (
    <main class="panel">
      <h1>Unlock the vault</h1>
      <form class="stack" onSubmit={submitWith(unlock.run)}>
        <TextField
          label="Vault passphrase"
          type="password"
          autocomplete="current-password"
          autoFocus
          value={passphrase}
          onInput={setPassphrase}
        />
        <FormFooter
          error={unlock.error}
          primary
          label="Unlock"
          busyLabel="Unlocking…"
          busy={unlock.busy}
          blocked={passphrase === ''}
        />
      </form>
    </main>
  );
}
