import { useState } from 'preact/hooks';
import { checkTypedTwice } from './new-password';
import { TextField } from './text-field';

export interface TypedTwiceFieldsProps {
  /** "New password", "Backup passphrase"; the second field says "Repeat" before it. */
  label: string;
  next: string;
  repeated: string;
  onNext: (value: string) => void;
  onRepeated: (value: string) => void;
  /** A sentence read out with the first field, e.g. how guessable a passphrase is. */
  hint?: string;
}

/** A new password or passphrase typed twice, so that a slip of the finger does not lock the user out. */
export function TypedTwiceFields({ label, next, repeated, onNext, onRepeated, hint }: TypedTwiceFieldsProps) {
  return (
    <>
      <TextField label={label} type="password" autocomplete="new-password" required value={next} onInput={onNext} hint={hint} />
      <TextField
        label={`Repeat ${label.charAt(0).toLowerCase()}${label.slice(1)}`}
        type="password"
        autocomplete="new-password"
        required
        value={repeated}
        onInput={onRepeated}
      />
    </>
  );
}

/**
 * What TypedTwiceFields show (but their label), and what a form does with it. `differ` is the
 * sentence for two fields that do not match ("The two new passwords differ.").
 */
export function useTypedTwice(differ: string) {
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  return {
    fields: { next, repeated, onNext: setNext, onRepeated: setRepeated },
    filled: next !== '' && repeated !== '',
    /** The new secret, once typed the same twice; else a FormInputError. */
    checked(): string {
      checkTypedTwice(next, repeated, differ);
      return next;
    },
    /** After any attempt, whatever its outcome: a password does not linger in the page. */
    clear() {
      setNext('');
      setRepeated('');
    },
  };
}
