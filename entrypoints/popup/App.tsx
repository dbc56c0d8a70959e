import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/client';
import { onExtensionEvent } from '../../lib/messaging/events';
import type { VaultStatus } from '../../lib/messaging/protocol';
import { ErrorMessage } from '../../lib/ui/error-message';
import { SetupView } from './views/setup-view';
import { UnlockView } from './views/unlock-view';
import { CodesView } from './views/codes-view';

/** The popup is a view of the vault's state; every change of state comes back from the background. */
export function App() {
  const [status, setStatus] = useState<VaultStatus | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    sendMessage('vault.status', {}).then(setStatus, (e: Error) => setError(e.message));
    // However the vault locks (button, idle timer, another page), nothing stays on screen.
    return onExtensionEvent('vault.locked', () => setStatus((s) => s && { ...s, state: 'locked' }));
  }, []);

  if (error) return <ErrorMessage message={error} />;
  if (!status) return <p class="loading">Opening…</p>;
  switch (status.state) {
    case 'uninitialised':
      return <SetupView onStatus={setStatus} />;
    case 'locked':
      return <UnlockView onStatus={setStatus} />;
    case 'unlocked':
      return <CodesView status={status} onStatus={setStatus} />;
  }
}
