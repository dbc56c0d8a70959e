/**
 * 2FAS's encrypted backups: `servicesEncrypted` and `reference` are each
 * "Base64(ciphertext ‖ tag):Base64(salt):Base64(iv)", AES-256-GCM under PBKDF2-HMAC-SHA256
 * (10,000 iterations, 256-byte salt) of the password. `reference` seals a fixed text: it opens
 * if and only if the password is right, so a services part that then fails was altered.
 * @see twofas/2fas-android core/cipher/…/backup/BackupCipherImpl.kt, internal/BackupKeyGeneratorPbkdf.kt
 */
import { t } from '../../../i18n/t';
import type { FileNoun } from '../format-errors';
import { utf8Encode } from '../../../crypto/bytes';
import { openAesGcm, pbkdf2 } from '../crypto/web-crypto';
import { base64Bytes } from '../file-encodings';
import { DamagedFileError, WrongPasswordError } from '../format-errors';

export const TWO_FAS_BACKUP: FileNoun = () => t('importFileTwoFasBackup');
/** The count 2FAS uses; it is not written in the file. */
const ITERATIONS = 10_000;

interface Sealed {
  sealed: Uint8Array;
  salt: Uint8Array;
  iv: Uint8Array;
}

function sealedParts(text: unknown): Sealed {
  const parts = typeof text === 'string' ? text.split(':') : [];
  const [sealed, salt, iv] = parts.map(base64Bytes);
  if (parts.length !== 3 || !sealed || !salt || !iv || salt.length === 0) throw new DamagedFileError(TWO_FAS_BACKUP);
  return { sealed, salt, iv };
}

/** The services' JSON text; WrongPasswordError when the password does not open the backup. */
export async function decryptTwoFasServices(servicesEncrypted: unknown, reference: unknown, password: string): Promise<Uint8Array> {
  const services = sealedParts(servicesEncrypted);
  const check = reference === undefined || reference === null ? undefined : sealedParts(reference);
  const keys = new Map<string, Promise<Uint8Array>>();
  // Both parts share one salt, hence one key: derived once.
  const keyFor = (salt: Uint8Array) => {
    const id = salt.join(',');
    if (!keys.has(id)) keys.set(id, pbkdf2(utf8Encode(password), salt, ITERATIONS, 'SHA-256', 32, TWO_FAS_BACKUP));
    return keys.get(id)!;
  };
  if (check && !(await openAesGcm(await keyFor(check.salt), check.iv, check.sealed))) throw new WrongPasswordError();
  const plain = await openAesGcm(await keyFor(services.salt), services.iv, services.sealed);
  if (plain) return plain;
  // Without a reference the two cannot be told apart; with one that opened, the services were altered.
  throw check ? new DamagedFileError(TWO_FAS_BACKUP) : new WrongPasswordError();
}
