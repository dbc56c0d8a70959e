import { sendMessage } from '../../../../lib/protocol/client';
import type { ProfilesView, SettingsView, VaultStatus } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { Loaded } from '../shared/load-status';
import { Section } from '../shared/section';
import { useLoaded } from '../shared/use-loaded';
import { ChangePassphraseForm } from './change-passphrase-form';
import { DefaultServer } from './default-server';
import { EraseEverything } from './erase-everything';
import { PreferencesForm } from './preferences-form';
import { SyncSettings } from './sync-settings';

interface StoredSettings {
  settings: SettingsView;
  profiles: ProfilesView;
}

async function loadSettings(): Promise<StoredSettings> {
  const [settings, profiles] = await Promise.all([sendMessage('settings.get', {}), sendMessage('profiles.list', {})]);
  return { settings, profiles };
}

/** Preferences, the default server, sync, the vault passphrase, and erasing everything. */
export function SettingsSection({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const stored = useLoaded(loadSettings);
  return (
    <Section id="settings">
      <Loaded data={stored} loading={t('manageLoadingSettings')}>
        {({ settings, profiles }) => (
          <>
            <PreferencesForm settings={settings} onSaved={(next) => stored.update((s) => ({ ...s, settings: next }))} />
            <DefaultServer profiles={profiles} onProfiles={(next) => stored.update((s) => ({ ...s, profiles: next }))} />
          </>
        )}
      </Loaded>
      <SyncSettings />
      {/* These two need nothing read first: they work even when the settings cannot be read. */}
      <ChangePassphraseForm onStatus={onStatus} />
      <EraseEverything onStatus={onStatus} />
    </Section>
  );
}
