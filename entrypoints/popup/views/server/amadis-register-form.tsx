import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { ServerProfile } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { registeredNotice } from '../../../../lib/ui/server-text';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons } from './form-buttons';
import { submitWith } from '../../../../lib/ui/submit-with';
import { t } from '../../../../lib/i18n/t';

interface AmadisRegisterFormProps {
  profile: ServerProfile;
  /** The new user's secret is a vault account now: the popup shows it among the codes. */
  onRegistered: (notice: string) => void;
  onBack: () => void;
}

/** Registers a user on an Amadis server; the secret it returns becomes a vault account. @see docs/api-contract.md §2 */
export function AmadisRegisterForm({ profile, onRegistered, onBack }: AmadisRegisterFormProps) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const register = useAction(async () => {
    try {
      const address = email.trim();
      await sendMessage('amadis.register', { profileId: profile.id, name: name.trim(), email: address, password });
      onRegistered(registeredNotice(address));
    } finally {
      setPassword('');
    }
  });

  return (
    <form class="stack" onSubmit={submitWith(register.run)}>
      <h1>{t('popupRegister')}</h1>
      <p class="muted">{t('popupRegisterIntro')}</p>
      <TextField label={t('popupPersonName')} autocomplete="name" required autoFocus value={name} onInput={setName} />
      <TextField label={t('popupEmailAddress')} type="email" autocomplete="username" required value={email} onInput={setEmail} />
      <TextField label={t('popupPassword')} type="password" autocomplete="new-password" required value={password} onInput={setPassword} />
      <ErrorMessage message={register.error} />
      <FormButtons label={t('popupRegister')} busyLabel={t('popupRegistering')} busy={register.busy} onBack={onBack} />
    </form>
  );
}
