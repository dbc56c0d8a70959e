import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { ServerProfile } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { registeredNotice } from '../../../../lib/ui/server-text';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons } from './form-buttons';
import { submitWith } from '../../../../lib/ui/submit-with';

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
      <h1>Register</h1>
      <p class="muted">The new user's one-time-code key is saved in this vault, with its codes.</p>
      <TextField label="Name" autocomplete="name" required autoFocus value={name} onInput={setName} />
      <TextField label="E-mail address" type="email" autocomplete="username" required value={email} onInput={setEmail} />
      <TextField label="Password" type="password" autocomplete="new-password" required value={password} onInput={setPassword} />
      <ErrorMessage message={register.error} />
      <FormButtons label="Register" busyLabel="Registering…" busy={register.busy} onBack={onBack} />
    </form>
  );
}
