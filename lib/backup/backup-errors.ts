// Typed errors of reading a backup file. Each message is one sentence for users: none quotes the
// file, the passphrase or anything decrypted, so they are safe to show and to log. Every one of
// them is raised before anything is written, so a refused file changes nothing.

import { UserFacingError } from '../user-facing-error';

/** The text is cut short or is not JSON at all. */
export class BackupUnreadableError extends UserFacingError {
  override readonly name = 'BackupUnreadableError';

  constructor(options?: ErrorOptions) {
    super('This file cannot be read as a backup: it is incomplete or not JSON.', options);
  }
}

/** Valid JSON, but not something OTP Companion wrote. */
export class NotABackupError extends UserFacingError {
  override readonly name = 'NotABackupError';

  constructor(options?: ErrorOptions) {
    super('This file is not an OTP Companion backup.', options);
  }
}

/** A format version this build does not know: written by a later release. */
export class BackupVersionError extends UserFacingError {
  override readonly name = 'BackupVersionError';

  constructor(options?: ErrorOptions) {
    super('This backup was made by a newer version of OTP Companion: update the extension to restore it.', options);
  }
}

/** The right format and version, but fields are missing or malformed. */
export class BackupDamagedError extends UserFacingError {
  override readonly name = 'BackupDamagedError';

  constructor(options?: ErrorOptions) {
    super('This backup file is damaged: some of its fields are missing or malformed.', options);
  }
}

/**
 * The file's key-derivation settings are below the vault's floor (or implausibly costly). Checked
 * before any derivation, so a weakened file is refused rather than trusted.
 */
export class BackupKdfError extends UserFacingError {
  override readonly name = 'BackupKdfError';

  constructor(options?: ErrorOptions) {
    super("This backup's key-derivation settings are outside the allowed range, so it was not opened.", options);
  }
}

/**
 * AES-GCM refused the file. A wrong passphrase and an altered file fail the same check, and telling
 * them apart is impossible by design: the message names both.
 */
export class BackupDecryptionError extends UserFacingError {
  override readonly name = 'BackupDecryptionError';

  constructor(options?: ErrorOptions) {
    super('Wrong passphrase or altered file: the backup could not be decrypted.', options);
  }
}
