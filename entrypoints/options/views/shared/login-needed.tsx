import { useState } from 'preact/hooks';
import { t } from '../../../../lib/i18n/t';
import { canOpenPopup, openPopup } from './open-popup';

interface LoginNeededProps {
  /** The sentence of the error: what to log in with, and that the toolbar popup is where. */
  message: string;
}

/**
 * A server list that needs a login: no "Try again" that cannot succeed, but where to log in, and a
 * way there when the browser allows it. The list reads itself again once the login is made.
 */
export function LoginNeeded({ message }: LoginNeededProps) {
  const [offered, setOffered] = useState(canOpenPopup);
  return (
    <div class="login-needed stack">
      <p class="plain-notice">{message}</p>
      {offered && (
        <div class="actions start">
          <button
            type="button"
            onClick={() => {
              // Refused (the window is not focused, say): the sentence alone says what to do.
              void openPopup().then((opened) => !opened && setOffered(false));
            }}
          >
            {t('manageListOpenPopup')}
          </button>
        </div>
      )}
    </div>
  );
}
