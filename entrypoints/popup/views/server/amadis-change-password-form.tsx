import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import type { ServerProfile } from '../../../../lib/messaging/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { checkNewPassword } from '../../../../lib/ui/new-password';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons, submitWith } from './form-buttons';
import { NewPasswordFields } from './new-password-fields';

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
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const change = useAction(async () => {
    try {
      checkNewPassword(next, repeated);
      await sendMessage('amadis.changePassword', {
        profileId: profile.id,
        email: email.trim(),
        oldPassword: current,
        newPassword: next,
      });
      onDone('Password changed.');
    } finally {
      setCurrent('');
      setNext('');
      setRepeated('');
    }
  });

  return (
    <form class="stack" onSubmit={submitWith(change.run)}>
      <h1>Change password</h1>
      <TextField
        label="E-mail address"
        type="email"
        autocomplete="username"
        required
        autoFocus={!prefilled}
        value={email}
        onInput={setEmail}
      />
      <TextField
        label="Current password"
        type="password"
        autocomplete="current-password"
        required
        autoFocus={Boolean(prefilled)}
        value={current}
        onInput={setCurrent}
      />
      <NewPasswordFields next={next} repeated={repeated} onNext={setNext} onRepeated={setRepeated} />
      <ErrorMessage message={change.error} />
      <FormButtons label="Change password" busyLabel="Changing…" busy={change.busy} onBack={onBack} />
    </form>
  );
}
