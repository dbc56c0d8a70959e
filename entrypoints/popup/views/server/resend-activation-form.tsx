import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../../../lib/protocol/client';
import type { ServerProfile } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons } from './form-buttons';
import { submitWith } from '../../../../lib/ui/submit-with';
import { t } from '../../../../lib/i18n/t';

interface ResendActivationFormProps {
  profile: ServerProfile;
  onDone: (notice: string) => void;
  onBack: () => void;
}

/**
 * Asks for a new activation e-mail. The server wants a reCAPTCHA token, which only a widget on a
 * page of the provider's domain can produce (no remote code in an extension): the provider's own
 * page when the profile names one, else a token the user pastes. @see docs/api-contract.md §1.5
 */
export function ResendActivationForm({ profile, onDone, onBack }: ResendActivationFormProps) {
  const page = profile.resendActivationUrl;
  const [username, setUsername] = useState('');
  const [recaptchaToken, setRecaptchaToken] = useState('');
  const resend = useAction(async () => {
    if (page) {
      await browser.tabs.create({ url: page });
      return;
    }
    try {
      await sendMessage('account.resendActivation', {
        profileId: profile.id,
        username: username.trim(),
        recaptchaToken: recaptchaToken.trim(),
      });
      onDone(t('popupActivationResent'));
    } finally {
      // A reCAPTCHA token is good for one check, which a failed request may have spent already.
      setRecaptchaToken('');
    }
  });

  return (
    <form class="stack" onSubmit={submitWith(resend.run)}>
      <h1>{t('popupResendActivation')}</h1>
      <TextField
        label={t('popupEmailAddress')}
        type="email"
        autocomplete="username"
        required={!page}
        autoFocus
        value={username}
        onInput={setUsername}
      />
      {page ? (
        <>
          <p class="muted">{t('popupResendOwnPage', { server: profile.name })}</p>
          <ErrorMessage message={resend.error} />
          <FormButtons label={t('popupOpenProviderPage')} busyLabel={t('popupOpening')} busy={resend.busy} onBack={onBack} />
        </>
      ) : (
        <>
          <TextField
            label={t('popupRecaptchaToken')}
            autocomplete="off"
            required
            hint={t('popupRecaptchaHint')}
            value={recaptchaToken}
            onInput={setRecaptchaToken}
          />
          <ErrorMessage message={resend.error} />
          <FormButtons label={t('popupResendEmail')} busyLabel={t('popupSending')} busy={resend.busy} onBack={onBack} />
        </>
      )}
    </form>
  );
}
