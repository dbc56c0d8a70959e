import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { ServerProfile } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { ScreenHeading } from '../../../../lib/ui/screen-heading';
import { StatusNotice } from '../../../../lib/ui/status-notice';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons } from './form-buttons';
import { submitWith } from '../../../../lib/ui/submit-with';
import { t } from '../../../../lib/i18n/t';

interface AmadisResetPasswordFormProps {
  profile: ServerProfile;
  /** Opens the change-password form for that user. */
  onChangeNow: (email: string) => void;
  onBack: () => void;
}

/**
 * Resets an Amadis user's password. The server generates the new one and answers with it: it is
 * shown once, here, and leaves the page with this screen. It stays while the user looks at another
 * tab, unlike an enrolment's secret: nothing can show it again. @see docs/api-contract.md §2
 */
export function AmadisResetPasswordForm({ profile, onChangeNow, onBack }: AmadisResetPasswordFormProps) {
  const outputId = useId();
  const [email, setEmail] = useState('');
  const [reset, setReset] = useState<{ email: string; password: string } | undefined>();
  const [copied, setCopied] = useState<string | undefined>();
  const [copyError, setCopyError] = useState<string | undefined>();
  const ask = useAction(async () => {
    const address = email.trim();
    const { password } = await sendMessage('amadis.resetPassword', { profileId: profile.id, email: address });
    setReset({ email: address, password });
  });

  async function copy(password: string) {
    try {
      await navigator.clipboard.writeText(password);
      setCopyError(undefined);
      setCopied(t('popupCopiedNewPassword'));
    } catch {
      setCopied(undefined);
      setCopyError(t('popupPasswordCopyRefused'));
    }
  }

  if (reset) {
    return (
      <div class="stack">
        <ScreenHeading>{t('popupResetPassword')}</ScreenHeading>
        <label for={outputId}>{t('popupNewPassword')}</label>
        <output id={outputId} class="generated">
          {reset.password}
        </output>
        <p>{t('popupShownOnce')}</p>
        <StatusNotice message={copied} />
        <ErrorMessage message={copyError} />
        <div class="actions start">
          <button type="button" class="primary" onClick={() => void copy(reset.password)}>
            {t('popupCopyPassword')}
          </button>
          <button type="button" onClick={() => onChangeNow(reset.email)}>
            {t('popupChangeItNow')}
          </button>
          <button type="button" onClick={onBack}>
            {t('popupBack')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form class="stack" onSubmit={submitWith(ask.run)}>
      <h1>{t('popupResetPassword')}</h1>
      <p class="muted">{t('popupResetIntro')}</p>
      <TextField label={t('popupEmailAddress')} type="email" autocomplete="username" required autoFocus value={email} onInput={setEmail} />
      <ErrorMessage message={ask.error} />
      <FormButtons label={t('popupResetPassword')} busyLabel={t('popupResetting')} busy={ask.busy} onBack={onBack} />
    </form>
  );
}
