import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/protocol/client';
import type { VaultStatus } from '../../../lib/protocol/protocol';
import { useAction } from '../../../lib/ui/use-action';
import { ErrorMessage } from '../../../lib/ui/error-message';
import { t } from '../../../lib/i18n/t';

export function SettingsPanel({ status, onStatus }: { status: VaultStatus; onStatus: (s: VaultStatus) => void }) {
  const [minutes, setMinutes] = useState(String(status.autoLockMinutes));
  const save = useAction(async () => {
    onStatus(await sendMessage('settings.setAutoLock', { minutes: Number(minutes) }));
  });

  return (
    <details class="settings">
      <summary>{t('popupSettings')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save.run();
        }}
      >
        <label for="auto-lock">{t('popupAutoLockMinutes')}</label>
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
          {t('popupSave')}
        </button>
      </form>
    </details>
  );
}
