// Typed errors of MFA enrolment. Each message is one sentence for the user and names no secret:
// no seed, code, password or token. A username may appear: it is the user's own e-mail address.

import { UserFacingError } from '../../user-facing-error';

/** The vault has no account with that id (deleted meanwhile, or never there). */
export class EnrolmentNotFoundError extends UserFacingError {
  override readonly name = 'EnrolmentNotFoundError';

  constructor() {
    super('This enrolment is no longer in the vault.');
  }
}

/** The account exists but is not a key waiting for activation (already active, or a plain account). */
export class EnrolmentNotPendingError extends UserFacingError {
  override readonly name = 'EnrolmentNotPendingError';

  constructor() {
    super('This key is not waiting for activation any more.');
  }
}

/** The server keeps one active MFA key per user: a new one is refused while it exists (409). */
export class MfaAlreadyActiveError extends UserFacingError {
  override readonly name = 'MfaAlreadyActiveError';

  constructor() {
    super('This user already has an active MFA key on this server.');
  }
}

/** The pending key was deleted on the server (404): this seed can never be activated. */
export class MfaKeyGoneError extends UserFacingError {
  override readonly name = 'MfaKeyGoneError';

  constructor() {
    super('The server no longer has this key: cancel the enrolment and start again.');
  }
}

/**
 * The server refused the activation code (422). The code's time step is spent (docs/api-contract.md §4),
 * so the next try waits for a new one.
 */
export class ActivationCodeRejectedError extends UserFacingError {
  override readonly name = 'ActivationCodeRejectedError';

  constructor() {
    super('The server did not accept the code: wait for the next one and try again.');
  }
}

/** Creating a key was refused over the password (422); the server's own sentence when it gave one. */
export class EnrolmentPasswordError extends UserFacingError {
  override readonly name = 'EnrolmentPasswordError';

  constructor(serverMessage?: string) {
    super(serverMessage ?? 'The password is not right.');
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
        ? 'Log in with your e-mail address and password to set up a key.'
        : `Log in as ${as.username} on ${as.serverName} first.`,
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
        ? 'The new key could not be saved in the vault, so it was not created: try again.'
        : 'The new key could not be saved in the vault and stays unused on the server: try again.',
    );
    this.serverKeyRemoved = serverKeyRemoved;
  }
}
