// Sealing and opening a backup file with a passphrase of the user's choice: PBKDF2-HMAC-SHA256
// (the vault's floor and ceiling) → AES-256-GCM over the JSON list of accounts, the header bound
// as associated data. WebCrypto does the work, through lib/crypto.
import { open, seal } from '../crypto/aes-gcm';
import { toBase64, utf8Decode, utf8Encode } from '../crypto/bytes';
import { DecryptionError } from '../crypto/errors';
import { deriveWrappingKey, KDF_MIN_ITERATIONS, newKdfParams } from '../crypto/kdf';
import { BackupDamagedError, BackupDecryptionError } from './backup-errors';
import {
  BACKUP_CIPHER,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  headerAad,
  parseBackupFile,
  type AuthenticatedHeader,
  type BackupFileJson,
} from './backup-format';
import { readBackupEntries, type BackupEntry, type BackupEntryJson } from './backup-payload';

/** The file's text (indented JSON, so a user can see what it is). A fresh salt and IV every time. */
export async function encryptBackup(
  entries: BackupEntryJson[],
  passphrase: string,
  createdAt: number,
  iterations = KDF_MIN_ITERATIONS,
): Promise<string> {
  const kdf = newKdfParams(iterations);
  const header: AuthenticatedHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date(createdAt).toISOString(),
    kdf: { name: kdf.name, hash: kdf.hash, iterations: kdf.iterations, salt: toBase64(kdf.salt) },
    cipher: { name: BACKUP_CIPHER },
  };
  const key = await deriveWrappingKey(passphrase, kdf);
  const sealed = await seal(key, utf8Encode(JSON.stringify(entries)), headerAad(header));
  const file: BackupFileJson = {
    ...header,
    cipher: { name: BACKUP_CIPHER, iv: toBase64(sealed.iv) },
    data: toBase64(sealed.ciphertext),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The file's entries, or one typed error: unreadable, not a backup, newer version, damaged, KDF
 * outside the policy (all before any derivation), or wrong passphrase / altered file.
 */
export async function decryptBackup(content: string, passphrase: string): Promise<BackupEntry[]> {
  const { header, kdf, iv, ciphertext } = parseBackupFile(content);
  const key = await deriveWrappingKey(passphrase, kdf);
  let plaintext: Uint8Array;
  try {
    plaintext = await open(key, { iv, ciphertext }, headerAad(header));
  } catch (error) {
    if (error instanceof DecryptionError) throw new BackupDecryptionError({ cause: error });
    throw error;
  }
  let json: string;
  try {
    json = utf8Decode(plaintext);
  } catch {
    throw new BackupDamagedError();
  }
  return readBackupEntries(json);
}
