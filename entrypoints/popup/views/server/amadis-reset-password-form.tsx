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
      setCopied('Copied the new password.');
    } catch {
      setCopied(undefined);
      setCopyError('The password could not be copied: the browser refused access to the clipboard.');
    }
  }

  if (reset) {
    return (
      <div class="stack">
        <ScreenHeading>Reset password</ScreenHeading>
        <label for={outputId}>New password</label>
        <output id={outputId} class="generated">
          {reset.password}
        </output>
        <p>Shown once: copy it now and change it soon.</p>
        <StatusNotice message={copied} />
        <ErrorMessage message={copyError} />
        <div class="actions start">
          <button type="button" class="primary" onClick={() => void copy(reset.password)}>
            Copy password
          </button>
          <button type="button" onClick={() => onChangeNow(reset.email)}>
            Change it now
          </button>
          <button type="button" onClick={onBack}>
            Back
          </button>
        </div>
      </div>
    );
  }

  return (
    <form class="stack" onSubmit={submitWith(ask.run)}>
      <h1>Reset password</h1>
      <p class="muted">The server replaces the password with one it generates, shown here once.</p>
      <TextField label="E-mail address" type="email" autocomplete="username" required autoFocus value={email} onInput={setEmail} />
      <ErrorMessage message={ask.error} />
      <FormButtons label="Reset password" busyLabel="Resetting…" busy={ask.busy} onBack={onBack} />
    </form>
  );
}
