import { useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/messaging/client';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { FormInputError } from '../../../../lib/ui/form-errors';
import { checkNewPassword } from '../../../../lib/ui/new-password';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons, submitWith } from './form-buttons';
import { NewPasswordFields } from './new-password-fields';
import type { ServerFlow } from './server-flow';

/**
 * Changes the logged-in EMnify user's password. The session ends with it: the reply is the
 * logged-out view, whose notice asks the user to log in again. @see api-contract §1.5
 */
export function ChangePasswordForm({ flow, onBack }: { flow: ServerFlow; onBack: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const change = useAction(async () => {
    try {
      checkNewPassword(next, repeated);
      flow.applySession(await sendMessage('session.changePassword', { oldPassword: current, newPassword: next }));
    } catch (error) {
      // A session that expired meanwhile takes the panel back to the login form.
      if (!(error instanceof FormInputError)) await flow.onFailure(error as Error);
      throw error;
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
        label="Current password"
        type="password"
        autocomplete="current-password"
        required
        autoFocus
        value={current}
        onInput={setCurrent}
      />
      <NewPasswordFields next={next} repeated={repeated} onNext={setNext} onRepeated={setRepeated} />
      <ErrorMessage message={change.error} />
      <FormButtons label="Change password" busyLabel="Changing…" busy={change.busy} onBack={onBack} />
    </form>
  );
}
