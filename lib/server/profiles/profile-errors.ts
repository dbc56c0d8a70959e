// Typed errors of adding and removing server profiles: one sentence each, no secret in any.

import { t } from '../../i18n/t';
import { UserFacingError } from '../../user-facing-error';

/** The browser has not granted the extension access to the server's host (optional permission). */
export class HostPermissionMissingError extends UserFacingError {
  override readonly name = 'HostPermissionMissingError';

  constructor(host: string) {
    super(t('serverHostPermissionMissing', { host }));
  }
}

/** A profile of the same kind already points at the same address. */
export class DuplicateProfileError extends UserFacingError {
  override readonly name = 'DuplicateProfileError';

  constructor() {
    super(t('serverDuplicateProfile'));
  }
}

/** Built-in servers are part of the extension. */
export class BuiltInProfileError extends UserFacingError {
  override readonly name = 'BuiltInProfileError';

  constructor() {
    super(t('serverBuiltInProfile'));
  }
}

/** An OAuth client needs both halves; credentials only make sense for Amadis servers. */
export class ClientCredentialsError extends UserFacingError {
  override readonly name = 'ClientCredentialsError';

  constructor(reason: 'incomplete' | 'not-amadis' | 'too-long') {
    super(
      reason === 'incomplete'
        ? t('serverClientCredentialsIncomplete')
        : reason === 'not-amadis'
          ? t('serverClientCredentialsNotAmadis')
          : t('serverClientIdTooLong'),
    );
  }
}

/** The page for resending an activation e-mail is opened in a tab, so it must be a web address. */
export class BadActivationPageError extends UserFacingError {
  override readonly name = 'BadActivationPageError';

  constructor() {
    super(t('serverBadActivationPage'));
  }
}
