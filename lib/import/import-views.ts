// What an import or a restore would do, and did. Types only; never a secret.
import type { OtpType } from '../otp';

/** What an import or a restore would do with one entry. Never the secret. */
export interface ImportPreviewItem {
  index: number;
  status: 'new' | 'duplicate' | 'invalid';
  type?: OtpType;
  issuer?: string;
  label?: string;
  /** For a duplicate: the name of the vault account it matches (same secret and parameters). */
  duplicateOf?: string;
  /** For an invalid entry: one sentence saying why. */
  reason?: string;
}

export interface ImportResult {
  added: number;
  skipped: number;
}
