import { describe, expect, it } from 'vitest';
import { FormInputError } from '../../../lib/ui/form-errors';
import { checkTypedTwice } from '../../../lib/ui/new-password';

describe('a new password or passphrase typed twice', () => {
  it('is accepted only when it was typed the same twice, case included', () => {
    expect(() => checkTypedTwice('correct horse', 'correct horse', 'unused')).not.toThrow();
    expect(() => checkTypedTwice('correct horse', 'correct hors', 'The two new passwords differ.')).toThrow(FormInputError);
    expect(() => checkTypedTwice('correct horse', 'Correct horse', 'The two new passwords differ.')).toThrow(
      'The two new passwords differ.',
    );
  });

  it('names the two fields that differ in its one sentence', () => {
    expect(() => checkTypedTwice('a long passphrase', 'a long passphrase', 'unused')).not.toThrow();
    expect(() => checkTypedTwice('a long passphrase', 'a long passphrase ', 'The two backup passphrases differ.')).toThrow(
      new FormInputError('The two backup passphrases differ.'),
    );
  });
});
