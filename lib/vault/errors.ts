// Typed vault errors: the UI maps each name to one clear sentence. Messages never include
// passphrases, seeds or record contents.

import { UserFacingError } from '../user-facing-error';

export class VaultLockedError extends UserFacingError {
  override readonly name = 'VaultLockedError';

  constructor(options?: ErrorOptions) {
    super('The vault is locked.', options);
  }
}

export class VaultExistsError extends UserFacingError {
  override readonly name = 'VaultExistsError';

  constructor(options?: ErrorOptions) {
    super('A vault already exists.', options);
  }
}

/** Unlock or change-passphrase was asked of a vault that has not been created yet. */
export class VaultUninitialisedError extends UserFacingError {
  override readonly name = 'VaultUninitialisedError';

  constructor(options?: ErrorOptions) {
    super('No vault has been set up yet.', options);
  }
}

export class VaultNotFoundError extends UserFacingError {
  override readonly name = 'VaultNotFoundError';

  constructor(options?: ErrorOptions) {
    super('That account is not in the vault.', options);
  }
}

/** advanceHotpCounter was asked of a TOTP account, which has no counter to advance. */
export class NotHotpAccountError extends UserFacingError {
  override readonly name = 'NotHotpAccountError';

  constructor(options?: ErrorOptions) {
    super('This account has time-based codes, not a counter.', options);
  }
}

/** A record on disk does not have the expected shape (disk is input too). */
export class VaultCorruptError extends UserFacingError {
  override readonly name = 'VaultCorruptError';

  constructor(what: string, options?: ErrorOptions) {
    super(`The stored ${what} is damaged.`, options);
  }
}

/** An account handed to add/update does not have a valid shape; nothing was written. */
export class InvalidAccountError extends UserFacingError {
  override readonly name = 'InvalidAccountError';

  constructor(options?: ErrorOptions) {
    super('The account details are not valid.', options);
  }
}

/** A secret record (or record id) handed to the vault is not valid; nothing was written. */
export class InvalidRecordError extends UserFacingError {
  override readonly name = 'InvalidRecordError';

  constructor(options?: ErrorOptions) {
    super('The record details are not valid.', options);
  }
}

/** What was typed as a site is not a web address (https or http). */
export class InvalidOriginError extends UserFacingError {
  override readonly name = 'InvalidOriginError';

  constructor(input: string, options?: ErrorOptions) {
    // The typed text is no secret, and naming it tells the user which line to fix.
    const shown = input.length > 80 ? `${input.slice(0, 79)}…` : input;
    super(`"${shown}" is not a website address such as https://example.com.`, options);
  }
}

export class TooManyOriginsError extends UserFacingError {
  override readonly name = 'TooManyOriginsError';

  constructor(max: number, options?: ErrorOptions) {
    super(`An account can be filled on at most ${max} sites.`, options);
  }
}

/** A deleted account cannot be put back: an account with its id is in the vault again. */
export class AccountExistsError extends UserFacingError {
  override readonly name = 'AccountExistsError';

  constructor(options?: ErrorOptions) {
    super('That account is already in the vault.', options);
  }
}

/** A new order must name every account exactly once; nothing was changed. */
export class InvalidOrderError extends UserFacingError {
  override readonly name = 'InvalidOrderError';

  constructor(options?: ErrorOptions) {
    super('The list changed meanwhile; reload it and try again.', options);
  }
}

/** An undo came after its window closed, or with a token this browser never handed out. */
export class UndoExpiredError extends UserFacingError {
  override readonly name = 'UndoExpiredError';

  constructor(options?: ErrorOptions) {
    super('It is too late to undo this deletion.', options);
  }
}

/** The account holds the seed of an MFA key still being enrolled: it is finished or cancelled, not edited. */
export class PendingAccountError extends UserFacingError {
  override readonly name = 'PendingAccountError';

  constructor(options?: ErrorOptions) {
    super('This key is still being enrolled: finish or cancel its enrolment first.', options);
  }
}
