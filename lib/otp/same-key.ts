import { constantTimeEqual } from '../crypto/bytes';
import type { OtpAccount } from './types';

/**
 * Two accounts give the same codes when their secret and parameters agree: that is one key,
 * whatever the names say (apps export names differently). The HOTP counter is left out on purpose:
 * it moves on with every code, and an older copy of the same token is still the same token.
 * Secrets are compared without an early exit.
 */
export function sameOtpKey(a: OtpAccount, b: OtpAccount): boolean {
  return (
    a.type === b.type &&
    a.algorithm === b.algorithm &&
    a.digits === b.digits &&
    a.period === b.period &&
    constantTimeEqual(a.secret, b.secret)
  );
}
