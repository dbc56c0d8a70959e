import { useId } from 'preact/hooks';
import { useFocusOnArrival } from './use-focus-on-arrival';

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url';
  autocomplete?: string;
  required?: boolean;
  /** The field to start in when its screen appears (see useFocusOnArrival). */
  autoFocus?: boolean;
  maxLength?: number;
  placeholder?: string;
  /** The on-screen keyboard to offer, e.g. "numeric" for a number typed as text. */
  inputMode?: 'text' | 'numeric';
  /** A sentence under the field, read out with it (aria-describedby). */
  hint?: string;
}

/**
 * A labelled input. Ids come from useId, so two forms on one page (the Codes and the Server tab)
 * never share one. Nothing a user types here is spell-checked: addresses, keys and passwords
 * would otherwise be sent to a spelling service by some browsers.
 */
export function TextField({ label, value, onInput, type = 'text', hint, autoFocus = false, ...rest }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const ref = useFocusOnArrival<HTMLInputElement>(autoFocus);
  return (
    <>
      <label for={id}>{label}</label>
      <input
        ref={ref}
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
