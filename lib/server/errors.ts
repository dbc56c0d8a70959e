// Typed errors of the server flows: profiles, login, MFA step, account flows. Each message is ONE
// sentence for the user and names no secret: no password, token, mfa_token, fingerprint or code.
// A host name may appear (it is what the user typed as the server's address).
import { t } from '../i18n/t';
import { UserFacingError } from '../user-facing-error';
import type { ServerKind } from './server-views';

/** The profile id names no server in the list (removed meanwhile, or never there). */
export class UnknownProfileError extends UserFacingError {
  override readonly name = 'UnknownProfileError';

  constructor() {
    super(t('serverUnknownProfile'));
  }
}

/** A flow needs a logged-in session and there is none. */
export class NotLoggedInError extends UserFacingError {
  override readonly name = 'NotLoggedInError';

  constructor() {
    super(t('serverNotLoggedIn'));
  }
}

/** The flow exists for the other kind of server only. */
export class WrongServerKindError extends UserFacingError {
  override readonly name = 'WrongServerKindError';

  constructor(needed: ServerKind) {
    super(needed === 'emnify' ? t('serverOnlyEmnify') : t('serverOnlyAmadis'));
  }
}

/**
 * A password login or an application-token login was refused with a plain 401 (docs/api-contract.md §1.1:
 * most 401s have an empty body, so the server does not say which part was wrong).
 */
export class WrongCredentialsError extends UserFacingError {
  override readonly name = 'WrongCredentialsError';

  constructor(method: 'password' | 'application-token', options?: ErrorOptions) {
    super(
      method === 'password'
        ? t('serverWrongPassword')
        : t('serverWrongApplicationToken'),
      options,
    );
  }
}

/**
 * The 3-strike lockout: the 401 carrying `TooManyRequests` / 1105 (docs/api-contract.md §1.1). The
 * server's own sentence is shown when it sent one.
 */
export class AccountLockedError extends UserFacingError {
  override readonly name = 'AccountLockedError';

  constructor(serverMessage?: string, options?: ErrorOptions) {
    super(serverMessage ?? t('serverAccountLocked'), options);
  }
}

/**
 * The MFA step was refused. The code's time step is spent (docs/api-contract.md §4), so the next try needs
 * the next code; after repeated refusals the mfa_token itself may have expired (§1.2: restart the
 * login when step 2 says 401), which the server does not tell apart.
 */
export class CodeRejectedError extends UserFacingError {
  override readonly name = 'CodeRejectedError';

  constructor(repeated: boolean, options?: ErrorOptions) {
    super(
      repeated
        ? t('serverCodeRejectedRepeated')
        : t('serverCodeRejected'),
      options,
    );
  }
}

/** A 429: the server's rate limit (docs/api-contract.md §1.1). Its own sentence when it sent one. */
export class TooManyRequestsError extends UserFacingError {
  override readonly name = 'TooManyRequestsError';

  constructor(serverMessage?: string, options?: ErrorOptions) {
    super(serverMessage ?? t('serverTooManyRequests'), options);
  }
}

/** "Use the code from the vault" was asked, but no vault account holds this user's seed. */
export class NoVaultCodeError extends UserFacingError {
  override readonly name = 'NoVaultCodeError';

  constructor() {
    super(t('serverNoVaultCode'));
  }
}

/** A code was sent, but no login is waiting at the MFA step (cancelled, expired or finished). */
export class NoPendingLoginError extends UserFacingError {
  override readonly name = 'NoPendingLoginError';

  constructor() {
    super(t('serverNoPendingLogin'));
  }
}

/**
 * The server accepted a login, but the session was ended while it answered (a logout, a lock or
 * another login), so what it answered was not kept.
 */
export class LoginEndedError extends UserFacingError {
  override readonly name = 'LoginEndedError';

  constructor() {
    super(t('serverLoginEnded'));
  }
}

/** Account activation was refused: an unknown or used key, or a password the server refused. */
export class ActivationRefusedError extends UserFacingError {
  override readonly name = 'ActivationRefusedError';

  constructor(serverMessage?: string, options?: ErrorOptions) {
    super(serverMessage ?? t('serverActivationRefused'), options);
  }
}
