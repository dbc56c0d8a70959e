// Accounts for the opening-view tests: the RFC 6238 test seed, so expected codes are the RFC's own.
import type { StoredAccount } from '../../../lib/vault/vault-port';

/** RFC 6238 Appendix B's SHA-1 seed: the ASCII bytes of "12345678901234567890". */
export const RFC_SEED = new TextEncoder().encode('12345678901234567890');
export const RFC_SEED_BASE32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

export function storedAccount(overrides: Partial<StoredAccount> & { id: string }): StoredAccount {
  return {
    type: 'totp',
    issuer: 'Example',
    label: overrides.id,
    secret: RFC_SEED,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    createdAt: 1_700_000_000_000,
    ...overrides,
  };
}
