// The vault account for a newly created MFA key, built from the server's answer. The answer is
// the only time the server hands out the seed (docs/api-contract.md §1.3), so nothing here may fail over
// a side detail: a link that disagrees with the key is dropped, never the key.
import type { MfaKeyCreated } from '../../api';
import { bytesEqual } from '../../crypto/bytes';
import {
  decodeBase32,
  DEFAULT_ALGORITHM,
  DEFAULT_DIGITS,
  DEFAULT_PERIOD,
  parseOtpauthUri,
  validateOtpAccount,
  type OtpAccount,
} from '../../otp';

/** Names for the account when the server's link does not give them. */
export type AccountNames = { issuer: string; label: string };

/**
 * The account for `key`: the otpauth link's names and parameters when the link is a TOTP link
 * for the very same seed as `secret_key`; otherwise `secret_key` with the EMnify defaults
 * (SHA-1, 6 digits, 30 s) and `names`. Throws OtpInputError when the seed itself is unusable.
 */
export function accountFromCreatedKey(key: MfaKeyCreated, names: AccountNames): OtpAccount {
  const secret = decodeBase32(key.secretKey);
  const fromLink = readLink(key.otpauth);
  const account: OtpAccount =
    fromLink !== undefined && fromLink.type === 'totp' && bytesEqual(fromLink.secret, secret)
      ? { ...fromLink, issuer: fromLink.issuer || names.issuer.trim() }
      : {
          type: 'totp',
          issuer: names.issuer.trim(),
          label: names.label.trim(),
          secret,
          algorithm: DEFAULT_ALGORITHM,
          digits: DEFAULT_DIGITS,
          period: DEFAULT_PERIOD,
          counter: 0,
        };
  validateOtpAccount(account);
  return account;
}

/** The link as an account, or undefined when there is none or it cannot be read. */
function readLink(uri: string | undefined): OtpAccount | undefined {
  if (uri === undefined) return undefined;
  try {
    return parseOtpauthUri(uri);
  } catch {
    return undefined;
  }
}
