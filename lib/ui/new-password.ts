import { FormInputError } from './form-errors';

/**
 * A new secret typed twice, so that a slip of the finger does not lock the user out; `sentence`
 * says which two differ ("The two new passphrases differ.").
 */
export function checkTypedTwice(next: string, repeated: string, sentence: string): void {
  if (next !== repeated) throw new FormInputError(sentence);
}

