import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { ProfilesView, SettingsView, VaultStatus } from '../../../../lib/messaging/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { ChangePassphraseForm } from './change-passphrase-form';
import { DefaultServer } from './default-server';
import { EraseEverything } from './erase-everything';
import { PreferencesForm } from './preferences-form';

/** Preferences, the default server, the vault passphrase, and erasing everything. */
export function SettingsSection({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const [settings, setSettings] = useState<SettingsView | undefined>();
  const [profiles, setProfiles] = useState<ProfilesView | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    Promise.all([sendMessage('settings.get', {}), sendMessage('profiles.list', {})]).then(
      ([loadedSettings, loadedProfiles]) => {
        setSettings(loadedSettings);
        setProfiles(loadedProfiles);
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  return (
    <section class="stack" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      {error && <ErrorMessage message={error} />}
      {!error && (!settings || !profiles) && <p class="loading">Loading settings…</p>}
      {settings && <PreferencesForm settings={settings} onSaved={setSettings} />}
      {profiles && <DefaultServer profiles={profiles} onProfiles={setProfiles} />}
      <ChangePassphraseForm onStatus={onStatus} />
      <EraseEverything onStatus={onStatus} />
    </section>
  );
}
