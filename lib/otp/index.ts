/** The OTP core's public face: other code imports only from here. */
export type { OtpAccount, OtpAlgorithm, OtpType } from './types';
export {
  DEFAULT_ALGORITHM,
  DEFAULT_DIGITS,
  DEFAULT_PERIOD,
  MAX_SECRET_BYTES,
  MIN_SECRET_BYTES,
  OTP_ALGORITHMS,
} from './types';
export { OtpInputError, OtpUriError, type OtpErrorReason } from './errors';
export { decodeBase32, encodeBase32 } from './base32';
export { decodeBase64 } from './base64';
export { createOtpAccount, validateOtpAccount, type OtpAccountFields } from './validate';
export { formatOtpauthUri, parseOtpauthUri } from './otpauth-uri';
export { generateCode, secondsRemaining, timeStep } from './generate';
export {
  isMigrationUri,
  parseMigrationUri,
  type MigrationBatch,
  type MigrationEntry,
  type MigrationExport,
} from './migration';
// The transfer export's writer (./migration-export.ts) is imported where it is used, on its own:
// here it would join the code the import and the popup's scan share.
export { sameOtpKey } from './same-key';
