import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/protocol/client';
import { onExtensionEvent } from '../../lib/messaging/events';
import type { VaultStatus } from '../../lib/protocol/protocol';
import { t } from '../../lib/i18n/t';
import { ErrorMessage } from '../../lib/ui/error-message';
import { LockedNotice } from './locked-notice';
import { SECTIONS, sectionFromHash, sectionTitle, type SectionId } from './sections';
import { LazySection } from './lazy-section';
import { PrivacyPolicyLink } from './privacy-policy-link';

/** The management page: one section at a time, chosen in the side navigation or by the URL's hash. */
export function App() {
  const [status, setStatus] = useState<VaultStatus | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(location.hash));
  const main = useRef<HTMLElement>(null);
  /** The user picked another section: the focus follows to its heading once it is drawn. */
  const picked = useRef(false);

  useEffect(() => {
    const readStatus = () => {
      sendMessage('vault.status', {}).then(
        (next) => {
          setError(undefined);
          // The same state again changes nothing on screen.
          setStatus((current) => (current?.state === next.state ? current : next));
        },
        (e: Error) => setError(e.message),
      );
    };
    readStatus();
    const follow = () => {
      picked.current = true;
      setSection(sectionFromHash(location.hash));
    };
    // Back to this tab: the vault may have been unlocked, created or locked from the popup meanwhile.
    const onVisible = () => {
      if (document.visibilityState === 'visible') readStatus();
    };
    addEventListener('hashchange', follow);
    document.addEventListener('visibilitychange', onVisible);
    // However the vault locks (button, idle timer, another page), nothing stays on screen.
    const stop = onExtensionEvent('vault.locked', () => setStatus((s) => s && { ...s, state: 'locked' }));
    return () => {
      removeEventListener('hashchange', follow);
      document.removeEventListener('visibilitychange', onVisible);
      stop();
    };
  }, []);

  const sectionShown = useCallback(() => {
    if (!picked.current) return;
    picked.current = false;
    // A new section is new content: keyboard and screen reader users start at its title, as
    // they would on a new page, rather than in the navigation.
    main.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);

  if (error) return <ErrorMessage message={error} />;
  if (!status) return <p class="loading">{t('manageOpening')}</p>;
  if (status.state !== 'unlocked') {
    return (
      <>
        <LockedNotice status={status} onStatus={setStatus} />
        <footer class="panel about">
          <PrivacyPolicyLink />
        </footer>
      </>
    );
  }

  return (
    <div class="manage">
      <nav aria-label={t('manageNavLabel')}>
        <h1>{t('extName')}</h1>
        <ul>
          {SECTIONS.map(({ id }) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={section === id ? 'page' : undefined}>
                {sectionTitle(id)}
              </a>
            </li>
          ))}
        </ul>
        <p class="about">
          <PrivacyPolicyLink />
        </p>
      </nav>
      <main ref={main}>
        <LazySection key={section} id={section} onStatus={setStatus} onShown={sectionShown} />
      </main>
    </div>
  );
}
