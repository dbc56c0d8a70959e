// Typed errors of managing other users' MFA. Each message is one sentence for the user; none names
// a token, a fingerprint or a seed. The id in NoSuchUserError is what the user typed.
import { t } from '../../i18n/t';
import { UserFacingError } from '../../user-facing-error';

/**
 * Managing others needs a password login: the answers are checked against the user who asked
 * (an application token names no user), and the user's own id is told apart by its username.
 */
export class OtherUsersLoginRequiredError extends UserFacingError {
  override readonly name = 'OtherUsersLoginRequiredError';

  constructor() {
    super(t('serverOtherUsersLoginRequired'));
  }
}

/** The server's 403: the logged-in user is no administrator of that user. */
export class ManageOthersForbiddenError extends UserFacingError {
  override readonly name = 'ManageOthersForbiddenError';

  constructor(options?: ErrorOptions) {
    super(t('serverManageOthersForbidden'), options);
  }
}

/** The server's 404 for the user itself (a device or key already gone is no failure). */
export class NoSuchUserError extends UserFacingError {
  override readonly name = 'NoSuchUserError';

  constructor(userId?: number, options?: ErrorOptions) {
    super(userId === undefined ? t('serverNoSuchUser') : t('serverNoUserWithId', { userId: String(userId) }), options);
  }
}

/**
 * The server answered after the logged-in user changed (a logout, another login, another server):
 * the answer was for the login that asked, and is dropped.
 */
export class LoginChangedError extends UserFacingError {
  override readonly name = 'LoginChangedError';

  constructor() {
    super(t('serverLoginChanged'));
  }
}
