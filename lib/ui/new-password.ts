import { FormInputError } from './form-errors';

/**
 * A new secret typed twice, so that a slip of the finger does not lock the user out; `sentence`
 * says which two differ ("The two new passphrases differ.").
 */
export function checkTypedTwice(next: string, repeated: string, sentence: string): void {
  if (next !== repeated) throw new FormInputError(sentence);
}

/** The one check a new password gets here, before it is sent; its strength is the server's to judge. */
export function checkNewPassword(next: string, repeated: string): void {
  checkTypedTwice(next, repeated, 'The two new passwords differ.');
}
