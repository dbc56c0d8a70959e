import type { ManualAccountInput, OtpAlgorithm, OtpType } from '../../../lib/protocol/protocol';
import { t } from '../../../lib/i18n/t';
import { checkSecretCharacters } from './secret-characters';

/** The form as typed: number fields stay text until submitted, so clearing one is not a zero. */
export interface ManualKeyForm extends Omit<ManualAccountInput, 'period' | 'counter'> {
  period: string;
  counter: string;
}

export const EMPTY_MANUAL_FORM: ManualKeyForm = {
  type: 'totp',
  issuer: '',
  label: '',
  secret: '',
  algorithm: 'SHA1',
  digits: 6,
  period: '30',
  counter: '0',
};

/** Examples in the fields, the same in every language. */
const ACCOUNT_EXAMPLE = 'alice@example.com';
/** Algorithm names are the same in every language. */
const ALGORITHMS: readonly OtpAlgorithm[] = ['SHA1', 'SHA256', 'SHA512'];

/**
 * A blank number field means its default; anything else goes to the background to be checked. A
 * character Base32 cannot hold is named here, where the secret the user typed is at hand.
 */
export function toManualInput(form: ManualKeyForm): ManualAccountInput {
  checkSecretCharacters(form.secret);
  const numberOr = (text: string, fallback: number) => (text.trim() === '' ? fallback : Number(text));
  return { ...form, period: numberOr(form.period, 30), counter: numberOr(form.counter, 0) };
}

interface ManualKeyFieldsProps {
  value: ManualKeyForm;
  onChange: (value: ManualKeyForm) => void;
}

export function ManualKeyFields({ value, onChange }: ManualKeyFieldsProps) {
  const set = <K extends keyof ManualKeyForm>(key: K, field: ManualKeyForm[K]) => onChange({ ...value, [key]: field });

  return (
    <fieldset class="manual">
      <label for="issuer">{t('popupIssuer')}</label>
      <input id="issuer" value={value.issuer} placeholder={t('popupIssuerExample')} onInput={(e) => set('issuer', e.currentTarget.value)} />
      <label for="account-name">{t('popupAccountName')}</label>
      <input
        id="account-name"
        required
        value={value.label}
        placeholder={ACCOUNT_EXAMPLE}
        onInput={(e) => set('label', e.currentTarget.value)}
      />
      <label for="secret">{t('popupSecretKey')}</label>
      <input
        id="secret"
        required
        spellcheck={false}
        autocomplete="off"
        value={value.secret}
        onInput={(e) => set('secret', e.currentTarget.value)}
      />
      <details>
        <summary>{t('popupAdvanced')}</summary>
        <div class="fields">
        <label for="otp-type">{t('popupOtpType')}</label>
        <select id="otp-type" value={value.type} onChange={(e) => set('type', e.currentTarget.value as OtpType)}>
          <option value="totp">{t('popupTimeBased')}</option>
          <option value="hotp">{t('popupCounterBased')}</option>
        </select>
        <label for="algorithm">{t('popupAlgorithm')}</label>
        <select
          id="algorithm"
          value={value.algorithm}
          onChange={(e) => set('algorithm', e.currentTarget.value as OtpAlgorithm)}
        >
          {ALGORITHMS.map((algorithm) => (
            <option key={algorithm}>{algorithm}</option>
          ))}
        </select>
        <label for="digits">{t('popupDigits')}</label>
        <select id="digits" value={String(value.digits)} onChange={(e) => set('digits', Number(e.currentTarget.value))}>
          <option>6</option>
          <option>7</option>
          <option>8</option>
        </select>
        {value.type === 'totp' ? (
          <>
            <label for="period">{t('popupPeriod')}</label>
            <input
              id="period"
              type="number"
              min={1}
              max={3600}
              value={value.period}
              onInput={(e) => set('period', e.currentTarget.value)}
            />
          </>
        ) : (
          <>
            <label for="counter">{t('popupCounter')}</label>
            <input
              id="counter"
              type="number"
              min={0}
              value={value.counter}
              onInput={(e) => set('counter', e.currentTarget.value)}
            />
          </>
        )}
        </div>
      </details>
    </fieldset>
  );
}
