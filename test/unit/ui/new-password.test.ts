import { describe, expect, it } from 'vitest';
import { FormInputError } from '../../../lib/ui/form-errors';
import { checkNewPassword } from '../../../lib/ui/new-password';

describe('new password', () => {
  it('is accepted only when it was typed the same twice', () => {
    expect(() => checkNewPassword('correct horse', 'correct horse')).not.toThrow();
    expect(() => checkNewPassword('correct horse', 'correct hors')).toThrow(FormInputError);
    expect(() => checkNewPassword('correct horse', 'Correct horse')).toThrow('The two new passwords differ.');
  });
});
