import { describe, expect, it } from 'vitest';
import { DecryptionError, KdfPolicyError, WrongPassphraseError } from '../../../lib/crypto/errors';

describe('crypto errors', () => {
  it('carry a stable name, a fixed message and the cause', () => {
    const cause = new Error('OperationError');
    const wrong = new WrongPassphraseError({ cause });
    expect(wrong).toBeInstanceOf(Error);
    expect(wrong.name).toBe('WrongPassphraseError');
    expect(wrong.message).toBe('That passphrase is not right.');
    expect(wrong.cause).toBe(cause);

    expect(new DecryptionError(undefined, { cause }).name).toBe('DecryptionError');
    expect(new KdfPolicyError('downgrade refused').name).toBe('KdfPolicyError');
  });
});
