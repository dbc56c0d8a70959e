// What a backup holds once decrypted: the JSON list of accounts, every field of each, the secret as
// Base32 (the form users and other authenticators know). Reading it checks each entry on its own,
// so one bad entry is listed as invalid with its reason instead of spoiling the whole restore.
import { t } from '../i18n/t';
import type { AccountFields, StoredAccount } from '../vault/vault-port';
import { decodeBase32, encodeBase32, OtpInputError, validateOtpAccount, type OtpType } from '../otp';
import { OTP_ALGORITHMS, OTP_TYPES } from '../otp/types';
import { serverBindingSchema } from '../vault/record-schemas';
import { originListSchema, siteMatchSchema } from '../vault/schemas';
import * as z from '../zod';
import { BackupDamagedError } from './backup-errors';

/** One account as the file writes it: every field, the secret as Base32 (uppercase, no padding). */
export type BackupEntryJson = Omit<StoredAccount, 'id' | 'createdAt' | 'secret' | 'origins'> & {
  secret: string;
  origins: string[];
};

/** One entry as read back: the account to add, or why it cannot be. */
export type BackupEntry =
  | { index: number; account: AccountFields }
  | { index: number; reason: string; type?: OtpType; issuer?: string; label?: string };

// Structure only; lib/otp judges the values (ranges, secret length) and says what is wrong.
const entrySchema = z.lazy(() => z.object({
  type: z.enum(OTP_TYPES),
  issuer: z.string(),
  label: z.string(),
  secret: z.string(),
  algorithm: z.enum(OTP_ALGORITHMS),
  digits: z.number(),
  period: z.number(),
  counter: z.number(),
  // The vault's own rule for origins (each once, too), so an entry the vault would refuse is
  // shown as invalid rather than failing the restore half-way.
  origins: z.optional(originListSchema),
  // Absent in backups written before an account could match whole sites: the default then.
  siteMatch: z.optional(siteMatchSchema),
  server: z.optional(serverBindingSchema),
}));

export function toBackupEntry(account: StoredAccount): BackupEntryJson {
  const { type, issuer, label, secret, algorithm, digits, period, counter, origins = [], siteMatch, server } = account;
  const entry: BackupEntryJson = {
    type,
    issuer,
    label,
    secret: encodeBase32(secret),
    algorithm,
    digits,
    period,
    counter,
    origins: [...origins],
  };
  if (siteMatch) entry.siteMatch = siteMatch;
  if (server) entry.server = { ...server };
  return entry;
}

/** The decrypted text, entry by entry. Only a payload that is not a list at all is refused. */
export function readBackupEntries(json: string): BackupEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // No `cause`: a SyntaxError quotes a slice of the text, and this text holds seeds.
    throw new BackupDamagedError();
  }
  if (!Array.isArray(value)) throw new BackupDamagedError();
  return value.map(readEntry);
}

function readEntry(value: unknown, index: number): BackupEntry {
  const parsed = entrySchema.safeParse(value);
  if (!parsed.success) return { index, reason: t('backupMalformedEntry'), ...namesOf(value) };
  const { secret, origins = [], server, ...fields } = parsed.data;
  try {
    const account: AccountFields = { ...fields, secret: decodeBase32(secret), origins };
    if (server) account.server = server;
    validateOtpAccount(account);
    return { index, account };
  } catch (error) {
    // lib/otp's sentences never quote the secret (a bad character is named by its position).
    if (!(error instanceof OtpInputError)) throw error;
    return { index, reason: error.message, type: fields.type, issuer: fields.issuer, label: fields.label };
  }
}

/** Whatever names a malformed entry still shows, so the preview can point at it. */
function namesOf(value: unknown): { type?: OtpType; issuer?: string; label?: string } {
  if (typeof value !== 'object' || value === null) return {};
  const { type, issuer, label } = value as Record<string, unknown>;
  return {
    ...(type === 'totp' || type === 'hotp' ? { type } : {}),
    ...(typeof issuer === 'string' ? { issuer: issuer.slice(0, 256) } : {}),
    ...(typeof label === 'string' ? { label: label.slice(0, 256) } : {}),
  };
}
