import { describe, expect, it } from 'vitest';
import { FormInputError } from '../../../lib/ui/form-errors';
import { checkNewPassword, checkTypedTwice } from '../../../lib/ui/new-password';

describe('new password', () => {
  it('is accepted only when it was typed the same twice', () => {
    expect(() => checkNewPassword('correct horse', 'correct horse')).not.toThrow();
    expect(() => checkNewPassword('correct horse', 'correct hors')).toThrow(FormInputError);
    expect(() => checkNewPassword('correct horse', 'Correct horse')).toThrow('The two new passwords differ.');
  });
});

describe('a new secret typed twice', () => {
  it('names the two fields that differ in its one sentence', () => {
    expect(() => checkTypedTwice('a long passphrase', 'a long passphrase', 'unused')).not.toThrow();
    expect(() => checkTypedTwice('a long passphrase', 'a long passphrase ', 'The two backup passphrases differ.')).toThrow(
      new FormInputError('The two backup passphrases differ.'),
    );
  });
});
