import { useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { checkTypedTwice } from './new-password';
import { TextField } from './text-field';

export interface TypedTwiceFieldsProps {
  /** "New password", "Backup passphrase"; the second field's label says to repeat it (repeatLabel). */
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
        label={repeatLabel(label)}
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
 * "Repeat new password", "Neues Passwort wiederholen": the label keeps its capital where it starts
 * the message, and reads as words of the sentence (a lowercase first letter) inside one.
 */
export function repeatLabel(label: string): string {
  const startsWithField = t('uiRepeatField', { field: '\u0000' }).startsWith('\u0000');
  const field = startsWithField ? label : `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  return t('uiRepeatField', { field });
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
