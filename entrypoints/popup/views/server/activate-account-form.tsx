import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { ServerProfile } from '../../../../lib/messaging/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { checkNewPassword } from '../../../../lib/ui/new-password';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons, submitWith } from './form-buttons';
import { NewPasswordFields } from './new-password-fields';

interface ActivateAccountFormProps {
  profile: ServerProfile;
  onDone: (notice: string) => void;
  onBack: () => void;
}

/** Sets the first password of an EMnify account with the key from its activation e-mail. @see api-contract §1.5 */
export function ActivateAccountForm({ profile, onDone, onBack }: ActivateAccountFormProps) {
  const [activationKey, setActivationKey] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const activate = useAction(async () => {
    try {
      checkNewPassword(next, repeated);
      await sendMessage('account.activate', { profileId: profile.id, activationKey: activationKey.trim(), password: next });
      onDone('Account activated. You can log in now.');
    } finally {
      setNext('');
      setRepeated('');
    }
  });

  return (
    <form class="stack" onSubmit={submitWith(activate.run)}>
      <h1>Activate account</h1>
      <p class="muted">Paste the activation key from the e-mail {profile.name} sent you, and choose your password.</p>
      <TextField label="Activation key" autocomplete="off" required autoFocus value={activationKey} onInput={setActivationKey} />
      <NewPasswordFields next={next} repeated={repeated} onNext={setNext} onRepeated={setRepeated} />
      <ErrorMessage message={activate.error} />
      <FormButtons label="Activate account" busyLabel="Activating…" busy={activate.busy} onBack={onBack} />
    </form>
  );
}
