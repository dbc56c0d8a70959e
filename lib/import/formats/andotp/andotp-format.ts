/**
 * andOTP's backups: otp_accounts.json (a JSON array of entries) and otp_accounts.json.aes (the
 * same, encrypted, as raw bytes). The encrypted file has no signature, so it is recognised by its
 * name (.aes) or, renamed, by a binary file whose first bytes are a plausible iteration count.
 * @see andOTP/andOTP app/…/Utilities/BackupHelper.java, Constants.java (file names)
 */
import { utf8Decode } from '../../../crypto/bytes';
import { DamagedFileError, PasswordNeededError } from '../format-errors';
import type { ImportFile, ImportFormat } from '../import-format';
import { andOtpIterations, ANDOTP_MIN_BYTES, decryptAndOtpBackup, plausibleIterations } from './andotp-crypto';
import { andOtpEntry, ANDOTP_BACKUP, isAndOtpEntries } from './andotp-entries';

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
  detect: (file) => isAndOtpEntries(file.json) || looksEncrypted(file),
  isEncrypted: looksEncrypted,
  async read(file, password) {
    if (isAndOtpEntries(file.json)) return file.json.map(andOtpEntry);
    if (!looksEncrypted(file)) throw new DamagedFileError(ANDOTP_BACKUP);
    if (password === undefined) throw new PasswordNeededError(file.name, 'andOTP');
    return parseEntries(await decryptAndOtpBackup(file.bytes, password)).map(andOtpEntry);
  },
};
