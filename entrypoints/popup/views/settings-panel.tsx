import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/protocol/client';
import type { VaultStatus } from '../../../lib/protocol/protocol';
import { useAction } from '../../../lib/ui/use-action';
import { ErrorMessage } from '../../../lib/ui/error-message';

export function SettingsPanel({ status, onStatus }: { status: VaultStatus; onStatus: (s: VaultStatus) => void }) {
  const [minutes, setMinutes] = useState(String(status.autoLockMinutes));
  const save = useAction(async () => {
    onStatus(await sendMessage('settings.setAutoLock', { minutes: Number(minutes) }));
  });

  return (
    <details class="settings">
      <summary>Settings</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save.run();
        }}
      >
        <label for="auto-lock">Lock after this many idle minutes</label>
        <input
          id="auto-lock"
          type="number"
          min={1}
          max={1440}
          required
          value={minutes}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
        <ErrorMessage message={save.error} />
        <button type="submit" disabled={save.busy}>
          Save
        </button>
      </form>
    </details>
  );
}
