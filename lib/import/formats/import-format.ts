/**
 * What every export format the import reads provides. A format is one file in this folder (or a
 * folder of its own when it carries its own decryption), listed once in ./index.ts; the page
 * tries each format's detect() on a chosen or dropped file and reads the first that claims it.
 * Formats run on the page only: what they read reaches the background as otpauth:// links.
 */
import type { OtpAccount } from '../../otp';

/** A chosen or dropped file, decoded once so that every detect() looks at the same text. */
export interface ImportFile {
  /** The file's name as the user sees it; rows are named after it ("backup.json, account 3"). */
  name: string;
  bytes: Uint8Array;
  /** The bytes as UTF-8 without a byte-order mark, or undefined when they are not UTF-8. */
  text: string | undefined;
  /** The text parsed as JSON; undefined when it is not JSON (JSON's own null stays null). */
  json: unknown;
}

/**
 * One account of a file: usable, or refused with one sentence saying why. `skipped` marks an
 * account that is fine in its own app but of a kind this product cannot compute (Steam, Yandex,
 * mOTP…): the preview lists it as skipped rather than invalid.
 */
export type FormatEntry =
  | { ok: true; account: OtpAccount }
  | { ok: false; issuer: string; label: string; reason: string; skipped?: boolean };

export interface ImportFormat {
  /** Stable and unique, e.g. "aegis". */
  id: string;
  /** The app's name as its users know it, e.g. "Aegis"; shown when the page asks for a password. */
  name: string;
  /** Whether the file is this format's; cheap (no key derivation), and never throws. */
  detect(file: ImportFile): boolean;
  /** Whether reading the file needs a password; only asked of files detect() claimed. */
  isEncrypted(file: ImportFile): boolean;
  /**
   * The file's accounts in the file's order. `password` is given when isEncrypted() said so.
   * Throws only the errors of ./format-errors.ts, whose messages name no secret.
   */
  read(file: ImportFile, password?: string): Promise<FormatEntry[]>;
}
