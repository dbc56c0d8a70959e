// Typed vault errors: the UI maps each name to one clear sentence. Messages never include
// passphrases, seeds or record contents.

import { t } from '../i18n/t';
import { UserFacingError } from '../user-facing-error';

export class VaultLockedError extends UserFacingError {
  override readonly name = 'VaultLockedError';

  constructor(options?: ErrorOptions) {
    super(t('vaultLockedError'), options);
  }
}

export class VaultExistsError extends UserFacingError {
  override readonly name = 'VaultExistsError';

  constructor(options?: ErrorOptions) {
    super(t('vaultExistsError'), options);
  }
}

/** Unlock or change-passphrase was asked of a vault that has not been created yet. */
export class VaultUninitialisedError extends UserFacingError {
  override readonly name = 'VaultUninitialisedError';

  constructor(options?: ErrorOptions) {
    super(t('vaultUninitialisedError'), options);
  }
}

export class VaultNotFoundError extends UserFacingError {
  override readonly name = 'VaultNotFoundError';

  constructor(options?: ErrorOptions) {
    super(t('vaultAccountNotFound'), options);
  }
}

/** advanceHotpCounter was asked of a TOTP account, which has no counter to advance. */
export class NotHotpAccountError extends UserFacingError {
  override readonly name = 'NotHotpAccountError';

  constructor(options?: ErrorOptions) {
    super(t('vaultNotHotpAccount'), options);
  }
}

/** Which stored thing is damaged, each named in a whole sentence so a language can inflect it. */
const DAMAGED = {
  account: () => t('vaultCorruptAccount'),
  'account record': () => t('vaultCorruptAccountRecord'),
  keyring: () => t('vaultCorruptKeyring'),
  record: () => t('vaultCorruptRecord'),
} as const;

export type DamagedPart = keyof typeof DAMAGED;

/** A record on disk does not have the expected shape (disk is input too). */
export class VaultCorruptError extends UserFacingError {
  override readonly name = 'VaultCorruptError';

  constructor(what: DamagedPart, options?: ErrorOptions) {
    super(DAMAGED[what](), options);
  }
}

/** An account handed to add/update does not have a valid shape; nothing was written. */
export class InvalidAccountError extends UserFacingError {
  override readonly name = 'InvalidAccountError';

  constructor(options?: ErrorOptions) {
    super(t('vaultInvalidAccount'), options);
  }
}

/** A secret record (or record id) handed to the vault is not valid; nothing was written. */
export class InvalidRecordError extends UserFacingError {
  override readonly name = 'InvalidRecordError';

  constructor(options?: ErrorOptions) {
    super(t('vaultInvalidRecord'), options);
  }
}

/** What was typed as a site is not a web address (https or http). */
export class InvalidOriginError extends UserFacingError {
  override readonly name = 'InvalidOriginError';

  constructor(input: string, options?: ErrorOptions) {
    // The typed text is no secret, and naming it tells the user which line to fix.
    const shown = input.length > 80 ? `${input.slice(0, 79)}…` : input;
    super(t('vaultInvalidOrigin', { input: shown }), options);
  }
}

export class TooManyOriginsError extends UserFacingError {
  override readonly name = 'TooManyOriginsError';

  constructor(max: number, options?: ErrorOptions) {
    super(t('vaultTooManyOrigins', { max }), options);
  }
}

/** A deleted account cannot be put back: an account with its id is in the vault again. */
export class AccountExistsError extends UserFacingError {
  override readonly name = 'AccountExistsError';

  constructor(options?: ErrorOptions) {
    super(t('vaultAccountExists'), options);
  }
}

/** A new order must name every account exactly once; nothing was changed. */
export class InvalidOrderError extends UserFacingError {
  override readonly name = 'InvalidOrderError';

  constructor(options?: ErrorOptions) {
    super(t('vaultInvalidOrder'), options);
  }
}

/** An undo came after its window closed, or with a token this browser never handed out. */
export class UndoExpiredError extends UserFacingError {
  override readonly name = 'UndoExpiredError';

  constructor(options?: ErrorOptions) {
    super(t('vaultUndoExpired'), options);
  }
}

/** The account holds the seed of an MFA key still being enrolled: it is finished or cancelled, not edited. */
export class PendingAccountError extends UserFacingError {
  override readonly name = 'PendingAccountError';

  constructor(options?: ErrorOptions) {
    super(t('vaultPendingAccount'), options);
  }
}

/**
 * Changes brought from other browsers were prepared from the accounts as they were, and an account
 * was written here since: nothing was applied, and the changes are prepared again from a new read.
 */
export class VaultChangedMeanwhileError extends UserFacingError {
  override readonly name = 'VaultChangedMeanwhileError';

  constructor(options?: ErrorOptions) {
    super(t('vaultChangedMeanwhile'), options);
  }
}
