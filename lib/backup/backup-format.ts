// The encrypted backup file: its JSON shape, how it is read (each way of failing is its own typed
// error) and the associated data that binds its header to its ciphertext. Described for users in
// the README ("Backup file format").
import { fromBase64, utf8Encode } from '../crypto/bytes';
import { KdfPolicyError } from '../crypto/errors';
import { assertKdfPolicy, type KdfParams } from '../crypto/kdf';
import * as z from '../zod';
import {
  BackupDamagedError,
  BackupKdfError,
  BackupUnreadableError,
  BackupVersionError,
  NotABackupError,
} from './backup-errors';
import { fileDate } from './file-names';

export const BACKUP_FORMAT = 'otp-companion-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_CIPHER = 'AES-GCM';
/** @see NIST SP 800-38D §8.2: the 96-bit IVs lib/crypto/aes-gcm.ts draws. */
const IV_BYTES = 12;

const base64 = z.base64().check(z.minLength(1));

/**
 * KDF name, hash and iterations are loose here on purpose: a weak or unknown value is a policy
 * refusal (BackupKdfError), not a damaged file, as for the vault's own keyring.
 */
const backupFileSchema = z.lazy(() => z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  kdf: z.object({ name: z.string(), hash: z.string(), iterations: z.number(), salt: base64 }),
  cipher: z.object({ name: z.literal(BACKUP_CIPHER), iv: base64 }),
  data: base64,
}));

export type BackupFileJson = z.infer<typeof backupFileSchema>;
export type BackupHeader = Omit<BackupFileJson, 'data'>;
/** What the associated data covers: the header without the IV (see headerAad). */
export type AuthenticatedHeader = Omit<BackupHeader, 'cipher'> & { cipher: Pick<BackupHeader['cipher'], 'name'> };

/** A file that passed every check short of decryption. */
export interface ParsedBackup {
  header: BackupHeader;
  kdf: KdfParams;
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

/**
 * The associated data: every header field but the IV, in a fixed order, so changing the date, the
 * KDF settings or the cipher's name makes decryption fail. The IV needs no place here: GCM derives
 * its counter blocks and the tag's mask from it, so an altered IV fails the tag check by itself
 * (and lib/crypto draws it inside `seal`, after this text must exist).
 * @see NIST SP 800-38D §7.1
 */
export function headerAad(header: AuthenticatedHeader): Uint8Array {
  const { format, version, createdAt, kdf, cipher } = header;
  return utf8Encode(JSON.stringify([format, version, createdAt, kdf.name, kdf.hash, kdf.iterations, kdf.salt, cipher.name]));
}

/** Reads the file's text in the order that gives the most useful sentence for each failure. */
export function parseBackupFile(content: string): ParsedBackup {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    throw new BackupUnreadableError();
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new NotABackupError();
  }
  const { version } = value as { version?: unknown };
  // A later version may have another shape altogether: say so before judging its fields.
  if (typeof version === 'number' && version > BACKUP_VERSION) throw new BackupVersionError();
  const parsed = backupFileSchema.safeParse(value);
  if (!parsed.success) throw new BackupDamagedError({ cause: parsed.error });
  const { data, ...header } = parsed.data;
  const iv = fromBase64(header.cipher.iv);
  if (iv.length !== IV_BYTES) throw new BackupDamagedError();
  const kdf = { ...header.kdf, salt: fromBase64(header.kdf.salt) };
  try {
    assertKdfPolicy(kdf);
  } catch (error) {
    if (error instanceof KdfPolicyError) throw new BackupKdfError({ cause: error });
    throw error;
  }
  return { header, kdf, iv, ciphertext: fromBase64(data) };
}

/** `otp-companion-backup-YYYY-MM-DD.json`, named from the time written in its header. */
export function backupFileName(at: number): string {
  return `${BACKUP_FORMAT}-${fileDate(at)}.json`;
}
