// What can stop the user turning sync on or joining a synced vault, each one sentence without secrets.
import { t } from '../i18n/t';
import { UserFacingError } from '../user-facing-error';

/** Turning sync on found a vault another browser already syncs: this one joins it instead. */
export class SyncedVaultExistsError extends UserFacingError {
  override readonly name = 'SyncedVaultExistsError';

  constructor() {
    super(t('syncErrorVaultExists'));
  }
}

/** Joining found no synced vault (sync was turned off everywhere, or has not arrived yet). */
export class NoSyncedVaultError extends UserFacingError {
  override readonly name = 'NoSyncedVaultError';

  constructor() {
    super(t('syncErrorNoVault'));
  }
}

/** The synced data cannot be used by this release: written by a newer one, damaged, or with a key below the floor. */
export class SyncedDataRefusedError extends UserFacingError {
  override readonly name = 'SyncedDataRefusedError';

  constructor(readonly reason: 'damaged' | 'newer-format' | 'weak-key') {
    super(reason === 'newer-format' ? t('syncErrorNewerFormat') : reason === 'weak-key' ? t('syncErrorWeakKey') : t('syncErrorDamaged'));
  }
}
