import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { AccountSummary, OtpAlgorithm } from '../../../../lib/protocol/protocol';
import { accountName } from '../../../../lib/accounts/account-name';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormFooter } from '../shared/form-footer';
import { useFocusFirstControl } from './focus-first';
import { editFromForm, formFromAccount, isEmptyEdit, type AccountForm } from './account-edit';

interface AccountEditFormProps {
  account: AccountSummary;
  onSaved: (account: AccountSummary) => void;
  onCancel: () => void;
}

/**
 * Every field of an account but its secret, which never changes once stored. A refused save
 * keeps what was typed, so the user corrects the one field the sentence names.
 */
export function AccountEditForm({ account, onSaved, onCancel }: AccountEditFormProps) {
  const id = useId();
  const ref = useFocusFirstControl<HTMLFormElement>();
  const [form, setForm] = useState<AccountForm>(() => formFromAccount(account));
  const set = <K extends keyof AccountForm>(key: K, value: AccountForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = useAction(async () => {
    const edit = editFromForm(account, form);
    onSaved(isEmptyEdit(edit) ? account : await sendMessage('accounts.update', edit));
  });

  return (
    <form ref={ref} class="account-edit" aria-label={`Edit ${accountName(account)}`} onSubmit={submitWith(save.run)}>
      <TextField label="Issuer" value={form.issuer} onInput={(v) => set('issuer', v)} maxLength={256} />
      <TextField label="Account name" value={form.label} onInput={(v) => set('label', v)} maxLength={256} required />
      <label for={`${id}-algorithm`}>Algorithm</label>
      <select
        id={`${id}-algorithm`}
        value={form.algorithm}
        onChange={(e) => set('algorithm', e.currentTarget.value as OtpAlgorithm)}
      >
        <option>SHA1</option>
        <option>SHA256</option>
        <option>SHA512</option>
      </select>
      <label for={`${id}-digits`}>Digits</label>
      <select id={`${id}-digits`} value={String(form.digits)} onChange={(e) => set('digits', Number(e.currentTarget.value))}>
        <option>6</option>
        <option>7</option>
        <option>8</option>
      </select>
      {account.type === 'totp' ? (
        <>
          <label for={`${id}-period`}>Period (seconds)</label>
          <input
            id={`${id}-period`}
            type="number"
            min={1}
            max={3600}
            value={form.period}
            onInput={(e) => set('period', e.currentTarget.value)}
          />
        </>
      ) : (
        <>
          <label for={`${id}-counter`}>Counter</label>
          <input
            id={`${id}-counter`}
            type="number"
            min={0}
            value={form.counter}
            onInput={(e) => set('counter', e.currentTarget.value)}
          />
        </>
      )}
      <label for={`${id}-sites`}>Sites where the code may be filled</label>
      <textarea
        id={`${id}-sites`}
        rows={3}
        spellcheck={false}
        autocapitalize="off"
        value={form.sites}
        aria-describedby={`${id}-sites-hint`}
        onInput={(e) => set('sites', e.currentTarget.value)}
      />
      <p id={`${id}-sites-hint`} class="muted">
        One site per line, such as github.com or https://login.example.com.
      </p>
      <FormFooter error={save.error} primary label="Save" busyLabel="Saving…" busy={save.busy} onCancel={onCancel} />
    </form>
  );
}
