import { useState } from 'preact/hooks';
import { checkTypedTwice } from '../../../../lib/ui/new-password';
import { passphraseStrength } from '../../../../lib/ui/passphrase-strength';
import { TextField } from '../../../../lib/ui/text-field';

interface NewPassphraseFieldsProps {
  /** "New passphrase", "Backup passphrase"; the second field says "Repeat" before it. */
  label: string;
  next: string;
  repeated: string;
  onNext: (value: string) => void;
  onRepeated: (value: string) => void;
}

/** A new passphrase typed twice, with a hint of how guessable it is read out with the first field. */
export function NewPassphraseFields({ label, next, repeated, onNext, onRepeated }: NewPassphraseFieldsProps) {
  return (
    <>
      <TextField
        label={label}
        type="password"
        autocomplete="new-password"
        required
        value={next}
        onInput={onNext}
        hint={next ? passphraseStrength(next).text : 'Use a long passphrase: several words work well.'}
      />
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
 * What NewPassphraseFields show, and what a form does with it. `differ` is the sentence for two
 * fields that do not match ("The two backup passphrases differ.").
 */
export function useNewPassphrase(label: string, differ: string) {
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  return {
    fields: { label, next, repeated, onNext: setNext, onRepeated: setRepeated },
    filled: next !== '' && repeated !== '',
    /** The new passphrase, once typed the same twice; else a FormInputError. */
    checked(): string {
      checkTypedTwice(next, repeated, differ);
      return next;
    },
    /** After any attempt, whatever its outcome: a passphrase does not linger in the page. */
    clear() {
      setNext('');
      setRepeated('');
    },
  };
}
