/** Errors with stable `reason` codes, so the UI and tests never parse messages. */

export type OtpErrorReason =
  | 'missing-secret'
  | 'bad-base32'
  | 'bad-base64'
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
  | 'bad-time';

/**
 * A field the user typed (or a stored account) is out of range. The message is
 * one sentence meant for the user and never contains the secret.
 */
export class OtpInputError extends Error {
  readonly reason: OtpErrorReason;

  constructor(reason: OtpErrorReason, message: string) {
    super(message);
    this.name = 'OtpInputError';
    this.reason = reason;
  }
}

/**
 * An otpauth:// link could not be used. Extends OtpInputError so that callers
 * catching "bad input" catch both, while `name` still tells them apart.
 */
export class OtpUriError extends OtpInputError {
  constructor(reason: OtpErrorReason, message: string) {
    super(reason, message);
    this.name = 'OtpUriError';
  }
}

/** Re-labels a field error found while reading a link, keeping reason and message. */
export function toUriError(error: unknown): unknown {
  if (error instanceof OtpInputError && !(error instanceof OtpUriError)) {
    return new OtpUriError(error.reason, error.message);
  }
  return error;
}

/**
 * Shows one offending character safely: printable ones quoted, others (controls,
 * invisible marks) as U+XXXX so the message never carries raw control bytes.
 */
export function describeChar(char: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return `'${char}'`;
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
