/**
 * Google Authenticator transfer QR codes, built on the management page from the plain links
 * (backup.exportPlain) the background gave after the vault passphrase was typed again: the
 * background checks the passphrase and lists the links, and carries no protobuf writer. The page
 * loads this with the code viewer, only when codes are asked for; nothing here logs.
 */
import { randomBytes } from '../crypto/bytes';
import { parseOtpauthUri } from '../otp';
// Not through ../otp: the writer stays out of the code the import and the popup's scan share.
import { formatTransferLinks } from '../otp/migration-export';

/** An account the transfer QR codes leave out, by name, with the reason. Never the secret. */
export interface LeftOutAccount {
  issuer: string;
  label: string;
  reason: string;
}

/** Google Authenticator transfer QR codes: their links carry seeds, like the plain links. */
export interface TransferCodes {
  /** otpauth-migration://offline links, one a QR code, in batch order. */
  links: string[];
  notIncluded: LeftOutAccount[];
}

/** One export's batch id: random, so the app does not mix two exports' QR codes; positive, as every importer reads it. */
function randomBatchId(): number {
  const [a = 0, b = 0, c = 0, d = 0] = randomBytes(4);
  return ((a << 24) | (b << 16) | (c << 8) | d) & 0x7fffffff;
}

/**
 * The codes of every account `plainLinks` (backup.exportPlain's content, one link a line) holds
 * that the format can carry, with a new batch id; the others named with the reason. The links are
 * the vault's own, written by formatOtpauthUri, so each reads back as its account.
 */
export function transferCodesFromLinks(plainLinks: string): TransferCodes {
  const accounts = plainLinks.split('\n').filter((line) => line !== '').map((line) => parseOtpauthUri(line));
  const { links, left } = formatTransferLinks(accounts, randomBatchId());
  return { links, notIncluded: left.map(({ account, reason }) => ({ issuer: account.issuer, label: account.label, reason })) };
}
