/**
 * Bitwarden's TOTP field (`login.totp` in JSON, `login_totp` in CSV) in its three forms: an
 * otpauth:// link, `steam://SECRET`, or a bare Base32 secret with the default parameters. The
 * item's name and user name stand in for the names a secret alone lacks.
 * @see https://bitwarden.com/help/authenticator-keys/ (the forms a key may take)
 */
import { decodeBase32, OtpInputError, parseOtpauthUri, type OtpAccount } from '../../otp';
import type { FormatRow } from './format';
import { accountRow, refusedRow, steamRow } from './rows';

export interface BitwardenItem {
  /** The item's name, e.g. "GitHub": the issuer when the TOTP field names none. */
  name: string;
  /** The login's user name: the account name when the TOTP field names none. */
  username: string;
}

function fromField(totp: string, names: { issuer: string; label: string }): OtpAccount {
  if (/^otpauth:\/\//iu.test(totp)) return parseOtpauthUri(totp, names);
  // Bitwarden reads anything else as a Base32 secret for SHA-1, 6 digits, 30 seconds.
  return {
    type: 'totp',
    ...names,
    secret: decodeBase32(totp),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
  };
}

/**
 * One row for a Bitwarden item's TOTP field. A link keeps its own names and parameters (an hotp
 * link stays HOTP: Bitwarden would have shown time-based codes for it, which the site never took);
 * an item with no user name is named by its name alone.
 */
export function bitwardenRow(entry: string, totp: string, item: BitwardenItem): FormatRow {
  const names = item.username ? { issuer: item.name, label: item.username } : { issuer: '', label: item.name };
  if (/^steam:\/\//iu.test(totp)) return steamRow(entry, names);
  let account: OtpAccount;
  try {
    account = fromField(totp, names);
  } catch (error) {
    if (!(error instanceof OtpInputError)) throw error;
    return refusedRow(entry, error.message, names);
  }
  // "GitHub (GitHub)" says nothing more than "GitHub".
  if (account.issuer === account.label) account = { ...account, issuer: '' };
  return accountRow(entry, account);
}
