import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { ServerProfile } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons } from './form-buttons';
import { submitWith } from '../../../../lib/ui/submit-with';
import { NewPasswordFields, useNewPassword } from './password-fields';
import { t } from '../../../../lib/i18n/t';

interface ActivateAccountFormProps {
  profile: ServerProfile;
  onDone: (notice: string) => void;
  onBack: () => void;
}

/** Sets the first password of an EMnify account with the key from its activation e-mail. @see docs/api-contract.md §1.5 */
export function ActivateAccountForm({ profile, onDone, onBack }: ActivateAccountFormProps) {
  const [activationKey, setActivationKey] = useState('');
  const newPassword = useNewPassword();
  const activate = useAction(async () => {
    try {
      const password = newPassword.checked();
      await sendMessage('account.activate', { profileId: profile.id, activationKey: activationKey.trim(), password });
      onDone(t('popupAccountActivated'));
    } finally {
      // The key sets the account's password for whoever holds it: a secret like the password.
      setActivationKey('');
      newPassword.clear();
    }
  });

  return (
    <form class="stack" onSubmit={submitWith(activate.run)}>
      <h1>{t('popupActivateAccount')}</h1>
      <p class="muted">{t('popupActivateIntro', { server: profile.name })}</p>
      <TextField label={t('popupActivationKey')} autocomplete="off" required autoFocus value={activationKey} onInput={setActivationKey} />
      <NewPasswordFields {...newPassword.fields} />
      <ErrorMessage message={activate.error} />
      <FormButtons label={t('popupActivateAccount')} busyLabel={t('popupActivating')} busy={activate.busy} onBack={onBack} />
    </form>
  );
}
