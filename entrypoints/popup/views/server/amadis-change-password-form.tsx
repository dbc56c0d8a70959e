import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { ServerProfile } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons } from './form-buttons';
import { submitWith } from '../../../../lib/ui/submit-with';
import { PasswordChangeFields, usePasswordChange } from './password-fields';
import { t } from '../../../../lib/i18n/t';

interface AmadisChangePasswordFormProps {
  profile: ServerProfile;
  /** Prefilled after a reset of that user's password. */
  email?: string;
  onDone: (notice: string) => void;
  onBack: () => void;
}

/** Changes an Amadis user's password; there is no session, so the current one goes with it. */
export function AmadisChangePasswordForm({ profile, email: prefilled, onDone, onBack }: AmadisChangePasswordFormProps) {
  const [email, setEmail] = useState(prefilled ?? '');
  const passwords = usePasswordChange();
  const change = useAction(async () => {
    try {
      await sendMessage('amadis.changePassword', { profileId: profile.id, email: email.trim(), ...passwords.checked() });
      onDone(t('popupPasswordChanged'));
    } finally {
      passwords.clear();
    }
  });

  return (
    <form class="stack" onSubmit={submitWith(change.run)}>
      <h1>{t('popupChangePassword')}</h1>
      <TextField
        label={t('popupEmailAddress')}
        type="email"
        autocomplete="username"
        required
        autoFocus={!prefilled}
        value={email}
        onInput={setEmail}
      />
      <PasswordChangeFields autoFocus={Boolean(prefilled)} {...passwords.fields} />
      <ErrorMessage message={change.error} />
      <FormButtons label={t('popupChangePassword')} busyLabel={t('popupChanging')} busy={change.busy} onBack={onBack} />
    </form>
  );
}
