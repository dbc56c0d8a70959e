// Typed errors of reading a backup file. Each message is one sentence for users: none quotes the
// file, the passphrase or anything decrypted, so they are safe to show and to log. Every one of
// them is raised before anything is written, so a refused file changes nothing.

import { t } from '../i18n/t';
import { UserFacingError } from '../user-facing-error';

/** The text is cut short or is not JSON at all. */
export class BackupUnreadableError extends UserFacingError {
  override readonly name = 'BackupUnreadableError';

  constructor(options?: ErrorOptions) {
    super(t('backupUnreadable'), options);
  }
}

/** Valid JSON, but not something OTP Companion wrote. */
export class NotABackupError extends UserFacingError {
  override readonly name = 'NotABackupError';

  constructor(options?: ErrorOptions) {
    super(t('backupNotABackup'), options);
  }
}

/** A format version this build does not know: written by a later release. */
export class BackupVersionError extends UserFacingError {
  override readonly name = 'BackupVersionError';

  constructor(options?: ErrorOptions) {
    super(t('backupNewerVersion'), options);
  }
}

/** The right format and version, but fields are missing or malformed. */
export class BackupDamagedError extends UserFacingError {
  override readonly name = 'BackupDamagedError';

  constructor(options?: ErrorOptions) {
    super(t('backupDamaged'), options);
  }
}

/**
 * The file's key-derivation settings are below the vault's floor (or implausibly costly). Checked
 * before any derivation, so a weakened file is refused rather than trusted.
 */
export class BackupKdfError extends UserFacingError {
  override readonly name = 'BackupKdfError';

  constructor(options?: ErrorOptions) {
    super(t('backupKdfRefused'), options);
  }
}

/**
 * AES-GCM refused the file. A wrong passphrase and an altered file fail the same check, and telling
 * them apart is impossible by design: the message names both.
 */
export class BackupDecryptionError extends UserFacingError {
  override readonly name = 'BackupDecryptionError';

  constructor(options?: ErrorOptions) {
    super(t('backupDecryptionFailed'), options);
  }
}
