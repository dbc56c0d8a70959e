import { useEffect, useState } from 'preact/hooks';
import { onExtensionEvent } from '../../lib/messaging/events';
import type { PopupSnapshot, VaultStatus } from '../../lib/protocol/protocol';
import { SetupView } from './views/setup-view';
import { UnlockView } from './views/unlock-view';
import { UnlockedPopup } from './views/unlocked-popup';

/** The popup is a view of the vault's state; every change of state comes back from the background. */
export function App({ opening }: { opening: PopupSnapshot }) {
  const [snapshot, setSnapshot] = useState<PopupSnapshot>(opening);
  const setStatus = (status: VaultStatus) => setSnapshot({ status });

  // However the vault locks (button, idle timer, another page), nothing stays on screen.
  useEffect(() => onExtensionEvent('vault.locked', () => setSnapshot((s) => ({ status: { ...s.status, state: 'locked' } }))), []);

  // Every screen is the page's one main landmark, so nothing a screen shows lies outside a region.
  return <main class="popup-main">{screen(snapshot, setStatus)}</main>;
}

function screen(snapshot: PopupSnapshot, setStatus: (status: VaultStatus) => void) {
  const { status, accounts, total, codes, accountSort } = snapshot;
  switch (status.state) {
    case 'uninitialised':
      return <SetupView onStatus={setStatus} />;
    case 'locked':
      return <UnlockView onStatus={setStatus} />;
    case 'unlocked':
      return (
        <UnlockedPopup
          status={status}
          onStatus={setStatus}
          initial={accounts && codes ? { accounts, codes, complete: accounts.length === total } : undefined}
          accountSort={accountSort}
        />
      );
  }
}
