import type { ManualAccountInput, OtpAlgorithm, OtpType } from '../../../lib/protocol/protocol';

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

/** A blank number field means its default; anything else goes to the background to be checked. */
export function toManualInput(form: ManualKeyForm): ManualAccountInput {
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
      <label for="issuer">Issuer</label>
      <input id="issuer" value={value.issuer} placeholder="Example Corp" onInput={(e) => set('issuer', e.currentTarget.value)} />
      <label for="account-name">Account name</label>
      <input
        id="account-name"
        required
        value={value.label}
        placeholder="alice@example.com"
        onInput={(e) => set('label', e.currentTarget.value)}
      />
      <label for="secret">Secret key (Base32)</label>
      <input
        id="secret"
        required
        spellcheck={false}
        autocomplete="off"
        value={value.secret}
        onInput={(e) => set('secret', e.currentTarget.value)}
      />
      <details>
        <summary>Advanced</summary>
        <div class="fields">
        <label for="otp-type">Type</label>
        <select id="otp-type" value={value.type} onChange={(e) => set('type', e.currentTarget.value as OtpType)}>
          <option value="totp">Time-based (TOTP)</option>
          <option value="hotp">Counter-based (HOTP)</option>
        </select>
        <label for="algorithm">Algorithm</label>
        <select
          id="algorithm"
          value={value.algorithm}
          onChange={(e) => set('algorithm', e.currentTarget.value as OtpAlgorithm)}
        >
          <option>SHA1</option>
          <option>SHA256</option>
          <option>SHA512</option>
        </select>
        <label for="digits">Digits</label>
        <select id="digits" value={String(value.digits)} onChange={(e) => set('digits', Number(e.currentTarget.value))}>
          <option>6</option>
          <option>7</option>
          <option>8</option>
        </select>
        {value.type === 'totp' ? (
          <>
            <label for="period">Period (seconds)</label>
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
            <label for="counter">Counter</label>
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
