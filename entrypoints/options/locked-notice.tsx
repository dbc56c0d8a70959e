import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/client';
import type { VaultStatus } from '../../lib/messaging/protocol';
import { ErrorMessage } from '../../lib/ui/error-message';
import { useAction } from '../../lib/ui/use-action';

/** The page manages the vault's contents, so it needs the vault unlocked like the popup does. */
export function LockedNotice({ status, onStatus }: { status: VaultStatus; onStatus: (s: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const unlock = useAction(async () => {
    try {
      onStatus(await sendMessage('vault.unlock', { passphrase }));
    } finally {
      setPassphrase('');
    }
  });

  if (status.state === 'uninitialised') {
    return (
      <main class="panel">
        <h1>No vault yet</h1>
        <p>Create your vault from the extension's toolbar button first; this page manages what it holds.</p>
      </main>
    );
  }
  return (
    <main class="panel">
      <h1>Unlock the vault</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void unlock.run();
        }}
      >
        <label>
          Vault passphrase
          <input type="password" autocomplete="current-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
        </label>
        <ErrorMessage message={unlock.error} />
        <button type="submit" disabled={unlock.busy || passphrase === ''}>
          Unlock
        </button>
      </form>
    </main>
  );
}
