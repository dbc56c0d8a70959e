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
import { t } from '../../../../lib/i18n/t';

/** Product names and an address's shape, the same in every language. */
const KIND_NAMES: Readonly<Record<ServerKind, string>> = { emnify: 'EMnify', amadis: 'Amadis' };
const ADDRESS_EXAMPLE = 'https://api.example.com';

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
        throw new HostPermissionError(t('popupAccessRequestRefused'));
      });
      if (!granted) throw new HostPermissionError(t('popupAccessNotGranted'));
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
      <h1>{t('popupAddServerHeading')}</h1>
      <label for={kindId}>{t('popupServerKind')}</label>
      <select
        id={kindId}
        value={form.kind}
        onChange={(e) => {
          set('kind', e.currentTarget.value as ServerKind);
          forgetSecret();
        }}
      >
        <option value="emnify">{KIND_NAMES.emnify}</option>
        <option value="amadis">{KIND_NAMES.amadis}</option>
      </select>
      <TextField label={t('popupServerName')} required maxLength={100} autoFocus value={form.name} onInput={(v) => set('name', v)} />
      <TextField
        label={t('popupServerAddress')}
        required
        autocomplete="url"
        placeholder={ADDRESS_EXAMPLE}
        value={form.address}
        onInput={(v) => set('address', v)}
      />
      {form.kind === 'emnify' ? (
        <TextField
          label={t('popupResendPage')}
          autocomplete="off"
          placeholder={t('popupOptionalAddress')}
          hint={t('popupResendPageHint')}
          value={form.resendActivationUrl}
          onInput={(v) => set('resendActivationUrl', v)}
        />
      ) : (
        <>
          <TextField
            label={t('popupOAuthClientId')}
            autocomplete="off"
            placeholder={t('popupOptional')}
            value={form.clientId}
            onInput={(v) => set('clientId', v)}
          />
          <TextField
            label={t('popupOAuthClientSecret')}
            type="password"
            autocomplete="off"
            placeholder={t('popupOptional')}
            value={form.clientSecret}
            onInput={(v) => set('clientSecret', v)}
          />
        </>
      )}
      <p class="muted">{t('popupAddServerPermission')}</p>
      <ErrorMessage message={inputError ?? save.error} />
      <FormButtons label={t('popupSaveServer')} busyLabel={t('popupSaving')} busy={save.busy} onBack={onBack} />
    </form>
  );
}
