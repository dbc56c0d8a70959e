import { useId } from 'preact/hooks';

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url';
  autocomplete?: string;
  required?: boolean;
  autoFocus?: boolean;
  maxLength?: number;
  placeholder?: string;
  /** A sentence under the field, read out with it (aria-describedby). */
  hint?: string;
}

/**
 * A labelled input. Ids come from useId, so two forms on one page (the Codes and the Server tab)
 * never share one. Nothing a user types here is spell-checked: addresses, keys and passwords
 * would otherwise be sent to a spelling service by some browsers.
 */
export function TextField({ label, value, onInput, type = 'text', hint, ...rest }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        spellcheck={false}
        autocapitalize="off"
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        aria-describedby={hint ? hintId : undefined}
        {...rest}
      />
      {hint && (
        <p id={hintId} class="muted">
          {hint}
        </p>
      )}
    </>
  );
}
