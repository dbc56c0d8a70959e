/**
 * Ente Auth's encrypted export (JSON, though saved as .txt): Argon2id with the memory the file asks
 * for (up to 1 GiB) and libsodium's secretstream, neither of which this extension carries. It is
 * recognised and refused with what to do instead, and a version this reader does not know is named.
 * @see https://github.com/ente-io/ente (docs/docs/auth/migration/export.md: version, kdfParams, encryptedData, encryptionNonce)
 */
import { ImportFileError } from '../errors';
import type { ImportFormat } from './format';
import { isRecord, parseJson } from './rows';

/** The file is four short fields around the encrypted codes: a few hundred kilobytes at most. */
const MAX_BYTES = 2 * 1024 * 1024;

export const enteEncrypted: ImportFormat = {
  id: 'ente-encrypted',
  name: 'Ente Auth export (encrypted)',
  maxBytes: MAX_BYTES,
  detect(head) {
    return /^\s*\{/u.test(head) && /"encryptedData"\s*:/u.test(head) && /"kdfParams"\s*:/u.test(head);
  },
  parse(text) {
    const root = parseJson(text, 'Ente Auth export');
    const version = isRecord(root) ? root.version : undefined;
    if (typeof version === 'number' && version > 1) {
      throw new ImportFileError(
        `This Ente Auth export is of version ${Math.floor(version)}, newer than this version of OTP Companion knows: export your codes from Ente Auth as plain text instead.`,
      );
    }
    throw new ImportFileError(
      'This Ente Auth export is encrypted: export your codes again from Ente Auth as plain text, import that file, then delete it.',
    );
  },
};
