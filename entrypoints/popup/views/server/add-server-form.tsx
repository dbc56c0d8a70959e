import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../../../lib/protocol/client';
import type { NewProfileInput, ProfilesView, ServerKind } from '../../../../lib/protocol/protocol';
import { ErrorMessage } from '../../../../lib/ui/error-message';
import { HostPermissionError } from '../../../../lib/ui/form-errors';
import { EMPTY_SERVER_FORM, toNewServer, type NewServer, type ServerForm } from '../../../../lib/ui/server-address';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormButtons } from './form-buttons';

interface AddServerFormProps {
  onSaved: (profiles: ProfilesView) => void;
  onBack: () => void;
}

/**
 * Adds a server profile. The extension may only reach servers the user allowed, so saving first
 * asks the browser for a host permission on the server's origin. @see design.md, Permissions
 */
export function AddServerForm({ onSaved, onBack }: AddServerFormProps) {
  const kindId = useId();
  const [form, setForm] = useState<ServerForm>(EMPTY_SERVER_FORM);
  const [inputError, setInputError] = useState<string | undefined>();
  const set = <K extends keyof ServerForm>(key: K, value: ServerForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  // The client secret does not linger in the page: not after a failure, nor hidden by a change of kind.
  const forgetSecret = () => set('clientSecret', '');

  const save = useAction(async (asked: Promise<boolean>, input: NewProfileInput) => {
    try {
      const granted = await asked.catch(() => {
        throw new HostPermissionError('The browser would not let the extension ask for access to that server.');
      });
      if (!granted) throw new HostPermissionError('The extension cannot reach that server without your permission.');
      onSaved(await sendMessage('profiles.add', input));
    } catch (error) {
      forgetSecret();
      throw error;
    }
  });

  // The browser shows its permission prompt only during the user's gesture (the click, or the
  // Enter that clicks the submit button), and the first `await` would give that up: the request
  // starts here, before the action runs.
  function onSave(event: Event) {
    event.preventDefault();
    save.reset();
    let server: NewServer;
    try {
      server = toNewServer(form);
    } catch (error) {
      setInputError((error as Error).message);
      forgetSecret();
      return;
    }
    setInputError(undefined);
    let asked: Promise<boolean>;
    try {
      asked = browser.permissions.request({ origins: [server.permissionPattern] });
    } catch (error) {
      asked = Promise.reject(error);
    }
    void save.run(asked, server.input);
  }

  return (
    <form class="stack" onSubmit={onSave}>
      <h1>Add server</h1>
      <label for={kindId}>Kind</label>
      <select
        id={kindId}
        value={form.kind}
        onChange={(e) => {
          set('kind', e.currentTarget.value as ServerKind);
          forgetSecret();
        }}
      >
        <option value="emnify">EMnify</option>
        <option value="amadis">Amadis</option>
      </select>
      <TextField label="Name" required maxLength={100} autoFocus value={form.name} onInput={(v) => set('name', v)} />
      <TextField
        label="Server address"
        required
        autocomplete="url"
        placeholder="https://api.example.com"
        value={form.address}
        onInput={(v) => set('address', v)}
      />
      {form.kind === 'emnify' ? (
        <TextField
          label="Resend-activation page"
          autocomplete="off"
          placeholder="Optional: https://…"
          hint="Where the provider lets users ask for a new activation e-mail."
          value={form.resendActivationUrl}
          onInput={(v) => set('resendActivationUrl', v)}
        />
      ) : (
        <>
          <TextField
            label="OAuth client id"
            autocomplete="off"
            placeholder="Optional"
            value={form.clientId}
            onInput={(v) => set('clientId', v)}
          />
          <TextField
            label="OAuth client secret"
            type="password"
            autocomplete="off"
            placeholder="Optional"
            value={form.clientSecret}
            onInput={(v) => set('clientSecret', v)}
          />
        </>
      )}
      <p class="muted">
        When you save, your browser asks you to allow the extension to reach this server: it only talks to servers you
        add.
      </p>
      <ErrorMessage message={inputError ?? save.error} />
      <FormButtons label="Save server" busyLabel="Saving…" busy={save.busy} onBack={onBack} />
    </form>
  );
}
