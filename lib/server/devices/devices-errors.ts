// Typed errors of the management page's server lists (trusted devices, MFA keys). Each message is
// one sentence for the user and names no secret: no fingerprint, token or seed.

import { t } from '../../i18n/t';
import { UserFacingError } from '../../user-facing-error';

/** What the list is of, as the sentence names it. */
export type ServerListSubject = 'trusted devices' | 'MFA keys';

/**
 * The lists belong to one user, so they need a password login: without a session there is no user,
 * and an application token stands for no user in particular (docs/api-contract.md §1.2, flow 5).
 */
export class ServerLoginRequiredError extends UserFacingError {
  override readonly name = 'ServerLoginRequiredError';

  constructor(subject: ServerListSubject, tokenSession: boolean) {
    super(
      subject === 'trusted devices'
        ? tokenSession
          ? t('serverDevicesPasswordLoginRequired')
          : t('serverDevicesLoginRequired')
        : tokenSession
          ? t('serverMfaKeysPasswordLoginRequired')
          : t('serverMfaKeysLoginRequired'),
    );
  }
}

/**
 * "Revoke all other devices" needs to know which device is this browser; without that it would
 * revoke this browser too, which is not what was asked.
 */
export class ThisBrowserUnknownError extends UserFacingError {
  override readonly name = 'ThisBrowserUnknownError';

  constructor() {
    super(t('serverThisBrowserUnknown'));
  }
}
