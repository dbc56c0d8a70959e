import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostPermissionPattern } from '../../../../lib/host-pattern';
import type { ServerProfile } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { t } from '../../../../lib/i18n/t';

interface HostAccessNoticeProps {
  profile: ServerProfile;
  /** Access came back: an error that its absence caused no longer applies. */
  onGranted: () => void;
}

/**
 * Says so when the browser does not let the extension reach the server, and asks again on a click.
 * Host permissions can be taken away at any time (Firefox's add-ons manager lists them as
 * optional, Chrome's site access can withhold them); without this, every request to the server
 * would fail as if the network were down. The state follows the browser's permission events, so
 * a change made in another window shows at once.
 */
export function HostAccessNotice({ profile, onGranted }: HostAccessNoticeProps) {
  const pattern = hostPermissionPattern(profile.baseUrl);
  const [granted, setGranted] = useState<boolean | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let current = true;
    const check = () => {
      browser.permissions.contains({ origins: [pattern] }).then(
        (answer) => current && setGranted(answer),
        // A browser that cannot answer has nothing to offer here: the request's own error speaks.
        () => current && setGranted(undefined),
      );
    };
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      current = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [pattern]);

  if (granted !== false) return null;

  // The browser shows its prompt only during the click: the request starts before any await.
  function allow() {
    setError(undefined);
    let asked: Promise<boolean>;
    try {
      asked = browser.permissions.request({ origins: [pattern] });
    } catch (failure) {
      asked = Promise.reject(failure);
    }
    asked.then(
      (answer) => {
        if (!answer) return setError(t('popupAccessNotAllowed'));
        setGranted(true);
        onGranted();
      },
      () => setError(t('popupAccessRequestRefused')),
    );
  }

  return (
    <div class="reminder">
      <p>{t('popupNoHostAccess', { host: new URL(profile.baseUrl).host })}</p>
      <div class="actions start">
        <button type="button" class="primary" onClick={allow}>
          {t('popupAllowAccess')}
        </button>
      </div>
      <ErrorMessage message={error} />
    </div>
  );
}
