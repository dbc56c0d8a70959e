import type { WireError } from './protocol';

/** A failure reported by the background, rebuilt on the caller's side with its typed name. */
export class RemoteError extends Error {
  constructor(wire: WireError) {
    super(wire.message);
    this.name = wire.name;
  }
}

/**
 * Errors whose messages are written by this extension for users and never include secrets.
 * Anything else (a library's or the platform's error) is reported as a generic failure, so an
 * unexpected message can never carry a seed or a token out of the background.
 */
const USER_FACING_ERRORS = new Set([
  'OtpUriError',
  'OtpInputError',
  'VaultLockedError',
  'VaultExistsError',
  'VaultUninitialisedError',
  'InvalidAccountError',
  'NotHotpAccountError',
  'VaultNotFoundError',
  'VaultCorruptError',
  'WrongPassphraseError',
  'WeakPassphraseError',
  'KdfPolicyError',
  'DecryptionError',
  'BadRequestError',
  // The API layer's errors: each message is written for users and names no secret (lib/api/errors.ts).
  'ApiError',
  'ServerUnreachableError',
  'ServerTimeoutError',
  'RequestAbortedError',
  'NotJsonError',
  'UnexpectedResponseError',
  'UnexpectedRedirectError',
  'BadServerUrlError',
  'SessionExpiredError',
  'WrongOldPasswordError',
  'MissingFieldError',
  'InvalidPathSegmentError',
  'ForbiddenSenderError',
  'UnknownMessageError',
  'InvalidRecordError',
  // Server profiles and sessions (lib/session/errors.ts, lib/session/profile-errors.ts).
  'UnknownProfileError',
  'NotLoggedInError',
  'WrongServerKindError',
  'WrongCredentialsError',
  'AccountLockedError',
  'CodeRejectedError',
  'TooManyRequestsError',
  'NoVaultCodeError',
  'NoPendingLoginError',
  'LoginEndedError',
  'ActivationRefusedError',
  'HostPermissionMissingError',
  'DuplicateProfileError',
  'BuiltInProfileError',
  'ClientCredentialsError',
  'BadActivationPageError',
  // MFA enrolment (lib/session/enrolment-errors.ts).
  'EnrolmentNotFoundError',
  'EnrolmentNotPendingError',
  'MfaAlreadyActiveError',
  'MfaKeyGoneError',
  'ActivationCodeRejectedError',
  'EnrolmentPasswordError',
  'EnrolmentLoginRequiredError',
  'EnrolmentNotSavedError',
  // Editing, reordering, deleting and revealing vault accounts (lib/vault/errors.ts).
  'InvalidOriginError',
  'TooManyOriginsError',
  'AccountExistsError',
  'InvalidOrderError',
  'UndoExpiredError',
  'PendingAccountError',
  // Trusted devices and MFA keys on the management page (lib/session/devices-errors.ts).
  'ServerLoginRequiredError',
  'ThisBrowserUnknownError',
  // Encrypted backups (lib/backup/backup-errors.ts) and erasing everything (settings-handlers.ts).
  'BackupUnreadableError',
  'NotABackupError',
  'BackupVersionError',
  'BackupDamagedError',
  'BackupKdfError',
  'BackupDecryptionError',
  'EraseConfirmationError',
  // Filling codes into pages (lib/autofill/autofill-flow-errors.ts, lib/autofill/public-suffix-load.ts).
  'NoWebPageError',
  'PageAccessError',
  'FrameAccessError',
  'PageChangedError',
  'NoAccountToFillError',
  'CodeNotCopiedError',
  'PublicSuffixListError',
]);

export function toWireError(error: unknown): WireError {
  if (error instanceof Error && USER_FACING_ERRORS.has(error.name)) {
    return { name: error.name, message: error.message };
  }
  return { name: 'InternalError', message: 'Something went wrong inside the extension. Please try again.' };
}
