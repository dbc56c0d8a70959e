// Typed errors the clients raise themselves, around a request rather than from its answer. The
// same rule as errors.ts: one readable sentence, and no password, token, id or e-mail address in it.

import { t } from '../i18n/t';
import { WITH_LOCAL_SANDBOX } from '../store-build';
import { UserFacingError } from '../user-facing-error';

/** Why a server address was refused. */
export type BadServerUrlReason = 'invalid' | 'insecure';

const BAD_SERVER_URL_MESSAGES: Record<BadServerUrlReason, () => string> = {
  invalid: () => t('apiServerUrlInvalid'),
  // Only a build that talks to the local sandbox makes the exception (lib/store-build.ts).
  insecure: () => (WITH_LOCAL_SANDBOX ? t('apiServerUrlInsecureOrLocal') : t('apiServerUrlInsecure')),
};

/**
 * The server address of a profile cannot be used: not http(s), credentials or a query in it, or
 * plain http:// to anything but this computer (`reason` says which).
 */
export class BadServerUrlError extends UserFacingError {
  override readonly name = 'BadServerUrlError';
  readonly reason: BadServerUrlReason;

  constructor(reason: BadServerUrlReason = 'invalid', options?: ErrorOptions) {
    super(BAD_SERVER_URL_MESSAGES[reason](), options);
    this.reason = reason;
  }
}

/**
 * An id or username cannot be put into a request path: empty, `.` or `..` (which URL parsing
 * would resolve into another path), or a number that is not a whole number from 0 up to 2^53 - 1.
 * The message does not repeat the value: a username is an e-mail address.
 */
export class InvalidPathSegmentError extends UserFacingError {
  override readonly name = 'InvalidPathSegmentError';

  constructor() {
    super(t('apiInvalidPathSegment'));
  }
}

/**
 * An authenticated call could not be made or renewed: the refresh token is missing or was
 * refused, the server still refused the renewed token, or the session the call started in was
 * ended or replaced (logout, another login) while it ran. The failed session's tokens are
 * cleared; a newer session's are never touched.
 */
export class SessionExpiredError extends UserFacingError {
  override readonly name = 'SessionExpiredError';

  constructor(options?: ErrorOptions) {
    super(t('apiSessionExpired'), options);
  }
}

/**
 * A change-password call was refused because the current password given is not right. The
 * message is the server's own sentence when it sent one (a server's sentence is no secret, and
 * it is already cut to 300 characters when read), else a generic one.
 */
export class WrongOldPasswordError extends UserFacingError {
  override readonly name = 'WrongOldPasswordError';
  readonly serverMessage?: string;

  constructor(options?: { serverMessage?: string; cause?: unknown }) {
    super(
      options?.serverMessage ?? t('apiWrongOldPassword'),
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.serverMessage = options?.serverMessage;
  }
}

/** Each field a call may need, with the sentence asking for it. */
const FILL_IN = {
  'e-mail address': () => t('apiFillInEmail'),
  'current password': () => t('apiFillInCurrentPassword'),
  'new password': () => t('apiFillInNewPassword'),
} as const;

export type RequiredField = keyof typeof FILL_IN;

/** A call was not sent because a field it needs is empty; names the field, never its value. */
export class MissingFieldError extends UserFacingError {
  override readonly name = 'MissingFieldError';

  constructor(readonly field: RequiredField) {
    super(FILL_IN[field]());
  }
}
