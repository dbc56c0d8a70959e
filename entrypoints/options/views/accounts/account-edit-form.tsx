import { useId, useState } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { AccountSummary, OtpAlgorithm } from '../../../../lib/protocol/protocol';
import { accountName } from '../../../../lib/accounts/account-name';
import { t } from '../../../../lib/i18n/t';
import { submitWith } from '../../../../lib/ui/submit-with';
import { TextField } from '../../../../lib/ui/text-field';
import { useAction } from '../../../../lib/ui/use-action';
import { FormFooter } from '../shared/form-footer';
import { useFocusFirstControl } from './focus-first';
import { editFromForm, formFromAccount, isEmptyEdit, type AccountForm, type SiteMatch } from './account-edit';

/** How far the sites reach, the safer first. */
const SITE_MATCH_CHOICES = [
  { value: 'origin', label: 'framesSiteMatchExact' },
  { value: 'site', label: 'framesSiteMatchWhole' },
] as const satisfies readonly { value: SiteMatch; label: string }[];

/** Names of hash functions, the same in every language. */
const ALGORITHMS: readonly OtpAlgorithm[] = ['SHA1', 'SHA256', 'SHA512'];

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
    <form ref={ref} class="account-edit" aria-label={t('manageEditLabel', { account: accountName(account) })} onSubmit={submitWith(save.run)}>
      <TextField label={t('manageIssuer')} value={form.issuer} onInput={(v) => set('issuer', v)} maxLength={256} />
      <TextField label={t('manageAccountName')} value={form.label} onInput={(v) => set('label', v)} maxLength={256} required />
      <label for={`${id}-algorithm`}>{t('manageAlgorithm')}</label>
      <select
        id={`${id}-algorithm`}
        value={form.algorithm}
        onChange={(e) => set('algorithm', e.currentTarget.value as OtpAlgorithm)}
      >
        {ALGORITHMS.map((algorithm) => (
          <option key={algorithm}>{algorithm}</option>
        ))}
      </select>
      <label for={`${id}-digits`}>{t('manageDigits')}</label>
      <select id={`${id}-digits`} value={String(form.digits)} onChange={(e) => set('digits', Number(e.currentTarget.value))}>
        <option>6</option>
        <option>7</option>
        <option>8</option>
      </select>
      {account.type === 'totp' ? (
        <>
          <label for={`${id}-period`}>{t('managePeriod')}</label>
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
          <label for={`${id}-counter`}>{t('manageCounter')}</label>
          <input
            id={`${id}-counter`}
            type="number"
            min={0}
            value={form.counter}
            onInput={(e) => set('counter', e.currentTarget.value)}
          />
        </>
      )}
      <label for={`${id}-sites`}>{t('manageSitesLabel')}</label>
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
        {t('manageSitesHint')}
      </p>
      <fieldset class="choice">
        <legend class="choice-label">{t('framesSiteMatchLegend')}</legend>
        {SITE_MATCH_CHOICES.map(({ value, label }) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-site-match`}
              value={value}
              checked={form.siteMatch === value}
              onChange={() => set('siteMatch', value)}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <FormFooter error={save.error} primary label={t('manageSave')} busyLabel={t('manageSaving')} busy={save.busy} onCancel={onCancel} />
    </form>
  );
}
