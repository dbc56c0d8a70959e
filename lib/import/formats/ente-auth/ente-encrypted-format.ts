/**
 * Ente Auth's encrypted export (JSON, though saved as .txt): Argon2id with the memory the file asks
 * for (up to 1 GiB) and libsodium's secretstream, neither of which this extension carries. It is
 * recognised and refused with what to do instead, and a version this reader does not know is named.
 * @see https://github.com/ente-io/ente (docs/docs/auth/migration/export.md: version, kdfParams, encryptedData, encryptionNonce)
 */
import { t } from '../../../i18n/t';
import { UnsupportedFileError, UnsupportedVersionError } from '../format-errors';
import type { ImportFormat } from '../import-format';
import { integerField, isObject } from '../json-fields';
import { ENTE_EXPORT } from './ente-links';

/** The file is four short fields around the encrypted codes: a few hundred kilobytes at most. */
const MAX_BYTES = 2 * 1024 * 1024;

/** The part of a file detect() looks at: the four fields come in this much. */
const HEAD_CHARS = 64 * 1024;

export const enteEncryptedFormat: ImportFormat = {
  id: 'ente-encrypted',
  name: 'Ente Auth',
  maxBytes: MAX_BYTES,
  // Read from the text, not the parsed JSON, so that a cut export is still named as Ente's.
  detect(file) {
    const head = file.text?.slice(0, HEAD_CHARS) ?? '';
    return /^\s*\{/u.test(head) && /"encryptedData"\s*:/u.test(head) && /"kdfParams"\s*:/u.test(head);
  },
  // Recognised to be refused with a sentence: no password is asked for a file that cannot be opened here.
  isEncrypted: () => false,
  async read(file) {
    const version = isObject(file.json) ? integerField(file.json, 'version') : undefined;
    if (version !== undefined && version > 1) throw new UnsupportedVersionError(ENTE_EXPORT, version, 1);
    throw new UnsupportedFileError(
      t('importEnteEncrypted'),
    );
  },
};
