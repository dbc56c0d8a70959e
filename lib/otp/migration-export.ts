/**
 * Google Authenticator's transfer QR codes, written: the vault's accounts as otpauth-migration
 * links, a few accounts a link, the links of one export sharing a random batch id. The format has
 * no period and only 6 or 8 digits, so an account it cannot carry is left out with the reason.
 * @see docs/api-contract.md §3 (MigrationPayload, OtpParameters)
 */
import { t } from '../i18n/t';
import { toBase64 } from '../crypto/bytes';
import type { RawOtpParameters } from './migration-wire';
import { writeMigrationPayload } from './migration-wire-writer';
import { DEFAULT_PERIOD, type OtpAccount, type OtpAlgorithm } from './types';

/**
 * Accounts in one QR code: what Google Authenticator's own export puts in one (its transfer screen
 * shows 10 accounts a code; larger exports span several codes).
 */
export const ACCOUNTS_PER_TRANSFER_CODE = 10;

/**
 * The longest link one QR code carries here. A QR code holds up to 2,331 bytes at the error
 * correction the pages draw with (level M), but a code that dense is hard for a phone to read
 * off a screen: past this, a batch takes fewer accounts.
 */
export const MAX_TRANSFER_LINK_CHARS = 1500;

/** The payload's version field, as the app writes it. */
const PAYLOAD_VERSION = 1;

const ALGORITHM_NUMBERS: Record<OtpAlgorithm, number> = { SHA1: 1, SHA256: 2, SHA512: 3 };
const DIGIT_NUMBERS = new Map([
  [6, 1],
  [8, 2],
]);
const TYPE_NUMBERS = { hotp: 1, totp: 2 } as const;

export interface TransferExport {
  /** otpauth-migration://offline links, one a QR code, in batch order. */
  links: string[];
  /** The accounts no link carries, each with one sentence saying why. */
  left: { account: OtpAccount; reason: string }[];
}

/** Why the format cannot carry the account, if it cannot. */
function unrepresentable(account: OtpAccount): string | undefined {
  if (account.type === 'totp' && account.period !== DEFAULT_PERIOD) {
    return t('otpTransferPeriod', { period: account.period });
  }
  if (!DIGIT_NUMBERS.has(account.digits)) {
    return t('otpTransferDigits', { digits: account.digits });
  }
  return undefined;
}

/**
 * The name field as the app writes it, `issuer:account`, in a form the reader
 * (./migration.ts, splitName) gives back exactly: an issuer with a ':' of its own stays out of it,
 * and a name with a ':' but no issuer gets an empty prefix.
 */
function nameField({ issuer, label }: OtpAccount): string {
  if (issuer !== '' && !issuer.includes(':')) return `${issuer}:${label}`;
  return issuer === '' && label.includes(':') ? `:${label}` : label;
}

function parametersOf(account: OtpAccount): RawOtpParameters {
  return {
    secret: account.secret,
    name: nameField(account),
    issuer: account.issuer,
    algorithm: ALGORITHM_NUMBERS[account.algorithm],
    digits: DIGIT_NUMBERS.get(account.digits) ?? 0,
    type: TYPE_NUMBERS[account.type],
    counter: BigInt(account.type === 'hotp' ? account.counter : 0),
  };
}

function linkOf(parameters: RawOtpParameters[], batchSize: number, batchIndex: number, batchId: number): string {
  const payload = writeMigrationPayload({ parameters, version: PAYLOAD_VERSION, batchSize, batchIndex, batchId });
  return `otpauth-migration://offline?data=${encodeURIComponent(toBase64(payload))}`;
}

/**
 * The accounts in batches of up to ACCOUNTS_PER_TRANSFER_CODE, each link under
 * MAX_TRANSFER_LINK_CHARS. `batchId` is shared by every link (the caller draws it at random);
 * batch_size and batch_index say where each link sits, as the app's importer expects.
 */
export function formatTransferLinks(accounts: readonly OtpAccount[], batchId: number): TransferExport {
  const left: TransferExport['left'] = [];
  const batches: RawOtpParameters[][] = [];
  let current: RawOtpParameters[] = [];
  // Sizes are measured with the final batch fields' widest values, so numbering cannot push a link over.
  const fits = (parameters: RawOtpParameters[]) => linkOf(parameters, 0x7fffffff, 0x7fffffff, batchId).length <= MAX_TRANSFER_LINK_CHARS;
  for (const account of accounts) {
    const reason = unrepresentable(account);
    if (reason) {
      left.push({ account, reason });
      continue;
    }
    const parameters = parametersOf(account);
    if (!fits([parameters])) {
      left.push({ account, reason: t('otpTransferNamesTooLong') });
      continue;
    }
    if (current.length === ACCOUNTS_PER_TRANSFER_CODE || !fits([...current, parameters])) {
      batches.push(current);
      current = [];
    }
    current.push(parameters);
  }
  if (current.length > 0) batches.push(current);
  return { links: batches.map((batch, index) => linkOf(batch, batches.length, index, batchId)), left };
}
