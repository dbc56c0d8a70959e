import { FormInputError } from './form-errors';

/** The one check a new password gets here, before it is sent; its strength is the server's to judge. */
export function checkNewPassword(next: string, repeated: string): void {
  if (next !== repeated) throw new FormInputError('The two new passwords differ.');
}
