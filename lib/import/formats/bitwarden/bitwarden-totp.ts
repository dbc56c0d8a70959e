/**
 * Bitwarden's TOTP field (`login.totp` in JSON, `login_totp` in CSV) in its three forms: an
 * otpauth:// link, `steam://SECRET`, or a bare Base32 secret with the default parameters. The
 * item's name and user name stand in for the names a secret alone lacks.
 * @see https://bitwarden.com/help/authenticator-keys/ (the forms a key may take)
 */
import { t } from '../../../i18n/t';
import type { FileNoun } from '../format-errors';
import { decodeBase32, OtpInputError, parseOtpauthUri, validateOtpAccount } from '../../../otp';
import { exportedEntry } from '../exported-account';
import type { FormatEntry } from '../import-format';

export const BITWARDEN_EXPORT: FileNoun = () => t('importFileBitwardenExport');

export interface BitwardenItem {
  /** The item's name, e.g. "GitHub": the issuer when the TOTP field names none. */
  name: string;
  /** The login's user name: the account name when the TOTP field names none. */
  username: string;
}

/** The link's label: everything between the type and the parameters, still encoded. */
const LINK_LABEL = /^(otpauth:\/\/[^/?#]*)(?:\/([^?#]*))?/iu;

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * The link with the item's name standing in for the account name it lacks, as Bitwarden shows it;
 * the link as it is when it has one (or a label too broken to tell, for the link's own refusal).
 * The label is split as links are read: at a ':', else at a '%3A'.
 */
function withAccountName(totp: string, name: string): string {
  const [whole = '', head = '', label = ''] = LINK_LABEL.exec(totp) ?? [];
  let at = label.indexOf(':');
  let width = 1;
  if (at < 0) {
    at = label.search(/%3A/iu);
    width = 3;
  }
  const prefix = at < 0 ? '' : decoded(label.slice(0, at));
  const account = decoded(at < 0 ? label : label.slice(at + width));
  if (prefix === undefined || account?.trim() !== '' || whole === '') return totp;
  // The ':' written here comes first, so a prefix or a name holding an encoded ':' of its own stays whole.
  return `${head}/${encodeURIComponent(prefix.trim())}:${encodeURIComponent(name)}${totp.slice(whole.length)}`;
}

/** A link, its missing names given by the item: the name and user name Bitwarden shows beside it. */
function linkEntry(totp: string, names: { issuer: string; label: string }): FormatEntry {
  try {
    const account = parseOtpauthUri(withAccountName(totp, names.label));
    const issuer = account.issuer || names.issuer;
    // "GitHub (GitHub)" says nothing more than "GitHub".
    const named = { ...account, issuer: issuer === account.label ? '' : issuer };
    validateOtpAccount(named);
    return { ok: true, account: named };
  } catch (error) {
    if (!(error instanceof OtpInputError)) throw error;
    return { ok: false, ...names, reason: error.message };
  }
}

/**
 * A Bitwarden item's TOTP field as an entry. A link keeps its own names and parameters (an hotp
 * link stays HOTP: Bitwarden would have shown time-based codes for it, which the site never took);
 * an item with no user name is named by its name alone.
 */
export function bitwardenEntry(totp: string, item: BitwardenItem): FormatEntry {
  const names = item.username ? { issuer: item.name, label: item.username } : { issuer: '', label: item.name };
  if (/^otpauth:\/\//iu.test(totp)) return linkEntry(totp, names);
  const steam = /^steam:\/\//iu.test(totp);
  return exportedEntry({
    // Bitwarden reads anything else as a Base32 secret for SHA-1, 6 digits, 30 seconds.
    type: steam ? 'steam' : 'totp',
    issuer: names.issuer === names.label ? '' : names.issuer,
    label: names.label,
    secret: () => decodeBase32(totp),
  });
}
