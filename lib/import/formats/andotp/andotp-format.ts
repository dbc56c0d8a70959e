/**
 * andOTP's backups: otp_accounts.json (a JSON array of entries) and otp_accounts.json.aes (the
 * same, encrypted, as raw bytes). The encrypted file has no signature, so it is recognised by its
 * name (.aes) or, renamed, by a binary file whose first bytes are a plausible iteration count.
 * @see andOTP/andOTP app/…/Utilities/BackupHelper.java, Constants.java (file names)
 */
import { utf8Decode } from '../../../crypto/bytes';
import { checkAccountCount, DamagedFileError, PasswordNeededError } from '../format-errors';
import type { FormatEntry, ImportFile, ImportFormat } from '../import-format';
import { andOtpIterations, ANDOTP_MIN_BYTES, decryptAndOtpBackup, plausibleIterations } from './andotp-crypto';
import { andOtpEntry, ANDOTP_BACKUP, isAndOtpEntries } from './andotp-entries';

/** 1,000 entries are about 300 KB: andOTP keeps thumbnails in the app, not in the backup. */
const MAX_BYTES = 5 * 1024 * 1024;

/** The entries' accounts, counted before any is converted. */
function entriesOf(json: unknown[]): FormatEntry[] {
  checkAccountCount(json.length);
  return json.map(andOtpEntry);
}

function looksEncrypted(file: ImportFile): boolean {
  if (file.json !== undefined || file.bytes.length < ANDOTP_MIN_BYTES) return false;
  return /\.aes$/iu.test(file.name) || (file.text === undefined && plausibleIterations(andOtpIterations(file.bytes)));
}

function parseEntries(bytes: Uint8Array): unknown[] {
  try {
    const json = JSON.parse(utf8Decode(bytes)) as unknown;
    if (Array.isArray(json)) return json;
  } catch {
    // The parser's message would quote the decrypted text: only the fact is kept.
  }
  throw new DamagedFileError(ANDOTP_BACKUP);
}

export const andOtpFormat: ImportFormat = {
  id: 'andotp',
  name: 'andOTP',
  maxBytes: MAX_BYTES,
  detect: (file) => isAndOtpEntries(file.json) || looksEncrypted(file),
  isEncrypted: looksEncrypted,
  async read(file, password) {
    if (isAndOtpEntries(file.json)) return entriesOf(file.json);
    if (!looksEncrypted(file)) throw new DamagedFileError(ANDOTP_BACKUP);
    if (password === undefined) throw new PasswordNeededError(file.name, 'andOTP');
    return entriesOf(parseEntries(await decryptAndOtpBackup(file.bytes, password)));
  },
};
