import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/client';
import { onExtensionEvent } from '../../lib/messaging/events';
import type { VaultStatus } from '../../lib/messaging/protocol';
import { ErrorMessage } from '../../lib/ui/error-message';
import { LockedNotice } from './locked-notice';
import { SECTIONS, sectionFromHash, type SectionId } from './sections';
import { AccountsSection } from './views/accounts/accounts-section';
import { BackupSection } from './views/backup/backup-section';
import { DevicesSection } from './views/devices/devices-section';
import { ImportSection } from './views/import/import-section';
import { MfaKeysSection } from './views/mfa-keys/mfa-keys-section';
import { SettingsSection } from './views/settings/settings-section';

/** The management page: one section at a time, chosen in the side navigation or by the URL's hash. */
export function App() {
  const [status, setStatus] = useState<VaultStatus | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(location.hash));

  useEffect(() => {
    sendMessage('vault.status', {}).then(setStatus, (e: Error) => setError(e.message));
    const follow = () => setSection(sectionFromHash(location.hash));
    addEventListener('hashchange', follow);
    // However the vault locks (button, idle timer, another page), nothing stays on screen.
    const stop = onExtensionEvent('vault.locked', () => setStatus((s) => s && { ...s, state: 'locked' }));
    return () => {
      removeEventListener('hashchange', follow);
      stop();
    };
  }, []);

  if (error) return <ErrorMessage message={error} />;
  if (!status) return <p class="loading">Opening…</p>;
  if (status.state !== 'unlocked') return <LockedNotice status={status} onStatus={setStatus} />;

  return (
    <div class="manage">
      <nav aria-label="Sections">
        <h1>OTP Companion</h1>
        <ul>
          {SECTIONS.map(({ id, title }) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={section === id ? 'page' : undefined}>
                {title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        {section === 'devices' && <DevicesSection />}
        {section === 'mfa-keys' && <MfaKeysSection />}
        {section === 'accounts' && <AccountsSection />}
        {section === 'import' && <ImportSection />}
        {section === 'backup' && <BackupSection />}
        {section === 'settings' && <SettingsSection onStatus={setStatus} />}
      </main>
    </div>
  );
}
