// Typed errors of MFA enrolment. Each message is one sentence for the user and names no secret:
// no seed, code, password or token. A username may appear: it is the user's own e-mail address.

import { t } from '../../i18n/t';
import { UserFacingError } from '../../user-facing-error';

/** The vault has no account with that id (deleted meanwhile, or never there). */
export class EnrolmentNotFoundError extends UserFacingError {
  override readonly name = 'EnrolmentNotFoundError';

  constructor() {
    super(t('serverEnrolmentNotFound'));
  }
}

/** The account exists but is not a key waiting for activation (already active, or a plain account). */
export class EnrolmentNotPendingError extends UserFacingError {
  override readonly name = 'EnrolmentNotPendingError';

  constructor() {
    super(t('serverEnrolmentNotPending'));
  }
}

/** The server keeps one active MFA key per user: a new one is refused while it exists (409). */
export class MfaAlreadyActiveError extends UserFacingError {
  override readonly name = 'MfaAlreadyActiveError';

  constructor() {
    super(t('serverMfaAlreadyActive'));
  }
}

/** The pending key was deleted on the server (404): this seed can never be activated. */
export class MfaKeyGoneError extends UserFacingError {
  override readonly name = 'MfaKeyGoneError';

  constructor() {
    super(t('serverMfaKeyGone'));
  }
}

/**
 * The server refused the activation code (422). The code's time step is spent (docs/api-contract.md §4),
 * so the next try waits for a new one.
 */
export class ActivationCodeRejectedError extends UserFacingError {
  override readonly name = 'ActivationCodeRejectedError';

  constructor() {
    super(t('serverActivationCodeRejected'));
  }
}

/** Creating a key was refused over the password (422); the server's own sentence when it gave one. */
export class EnrolmentPasswordError extends UserFacingError {
  override readonly name = 'EnrolmentPasswordError';

  constructor(serverMessage?: string) {
    super(serverMessage ?? t('serverEnrolmentWrongPassword'));
  }
}

/**
 * Enrolment needs a session as a particular user: a password login to start (the key is the
 * user's own), and the key's user on the key's server to finish or cancel.
 */
export class EnrolmentLoginRequiredError extends UserFacingError {
  override readonly name = 'EnrolmentLoginRequiredError';

  constructor(as?: { username: string; serverName: string }) {
    super(
      as === undefined
        ? t('serverEnrolmentLoginRequired')
        : t('serverEnrolmentLoginAs', { username: as.username, serverName: as.serverName }),
    );
  }
}

/**
 * The seed could not be stored in the vault, so the key was not kept: it was deleted on the
 * server again, or (when that failed too) it stays there pending, unusable without its seed.
 */
export class EnrolmentNotSavedError extends UserFacingError {
  override readonly name = 'EnrolmentNotSavedError';
  readonly serverKeyRemoved: boolean;

  constructor(serverKeyRemoved: boolean) {
    super(
      serverKeyRemoved
        ? t('serverEnrolmentNotSaved')
        : t('serverEnrolmentNotSavedKeyLeft'),
    );
    this.serverKeyRemoved = serverKeyRemoved;
  }
}
