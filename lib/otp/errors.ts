import { UserFacingError } from '../user-facing-error';

/** Errors with stable `reason` codes, so the UI and tests never parse messages. */

export type OtpErrorReason =
  | 'missing-secret'
  | 'bad-base32'
  | 'bad-base64'
  // Secrets some exports write in hexadecimal (the Authenticator extension's "hex" kinds).
  | 'bad-hex'
  | 'secret-too-short'
  | 'secret-too-long'
  | 'unknown-algorithm'
  | 'bad-digits'
  | 'bad-period'
  | 'missing-counter'
  | 'bad-counter'
  | 'bad-type'
  | 'bad-label'
  | 'bad-issuer'
  | 'bad-scheme'
  | 'bad-encoding'
  | 'bad-time'
  // Google Authenticator exports (otpauth-migration://): an unreadable payload, an MD5 entry.
  | 'bad-migration'
  | 'unsupported-algorithm'
  | 'too-many-accounts';

/**
 * A field the user typed (or a stored account) is out of range. The message is
 * one sentence meant for the user and never contains the secret, not even one
 * character of it (a bad character is named by its position).
 */
export class OtpInputError extends UserFacingError {
  override readonly name: string = 'OtpInputError';
  readonly reason: OtpErrorReason;

  constructor(reason: OtpErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/**
 * An otpauth:// link could not be used. Extends OtpInputError so that callers
 * catching "bad input" catch both, while `name` still tells them apart.
 */
export class OtpUriError extends OtpInputError {
  override readonly name: string = 'OtpUriError';
}

/** Re-labels a field error found while reading a link, keeping reason and message. */
export function toUriError(error: unknown): unknown {
  if (error instanceof OtpInputError && !(error instanceof OtpUriError)) {
    return new OtpUriError(error.reason, error.message);
  }
  return error;
}
