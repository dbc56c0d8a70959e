// Typed crypto errors. Messages are fixed sentences: they never echo key material, passphrases
// or plaintext, so they are safe to log or show.

import { t } from '../i18n/t';
import { UserFacingError } from '../user-facing-error';

/** AES-GCM authentication failed: wrong key, wrong AAD, or the stored bytes were altered. */
export class DecryptionError extends UserFacingError {
  override readonly name = 'DecryptionError';

  constructor(message = t('cryptoDecryptionFailed'), options?: ErrorOptions) {
    super(message, options);
  }
}

/**
 * Stored or requested KDF parameters are below the floor, above the ceiling or unknown: a
 * downgrade (or a worker-hanging derivation) is refused.
 */
export class KdfPolicyError extends UserFacingError {
  override readonly name = 'KdfPolicyError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

export class WrongPassphraseError extends UserFacingError {
  override readonly name = 'WrongPassphraseError';

  constructor(options?: ErrorOptions) {
    super(t('cryptoWrongPassphrase'), options);
  }
}

/** A new vault or backup passphrase is shorter than the policy asks (passphrase-policy.ts). */
export class WeakPassphraseError extends UserFacingError {
  override readonly name = 'WeakPassphraseError';

  constructor(minLength: number, options?: ErrorOptions) {
    super(t('cryptoWeakPassphrase', { minLength }), options);
  }
}
