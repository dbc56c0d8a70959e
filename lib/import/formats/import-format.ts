/**
 * What every export format the import reads provides. A format is one module in a folder of this
 * one named for the app (with its decryption, when it has one), listed once in ./index.ts; the
 * page tries each format's detect() on a chosen or dropped file and reads the first that claims
 * it. Formats run on the page only: what they read reaches the background as otpauth:// links.
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
 * entry left out on purpose rather than damaged: a kind of code this product cannot compute
 * (Steam, Yandex, mOTP…), or one the other app had put in its trash. `place` says where the entry
 * is as the file counts ("line 4", "item 3"); without it the row is "account N", in file order.
 */
export type FormatEntry = (
  | { ok: true; account: OtpAccount }
  | { ok: false; issuer: string; label: string; reason: string; skipped?: true }
) & { place?: string };

export interface ImportFormat {
  /** Stable and unique, e.g. "aegis", "bitwarden-csv". */
  id: string;
  /** The app's name as its users know it, e.g. "Aegis": "an encrypted Aegis export", "This Aegis export is too large". */
  name: string;
  /**
   * A larger file of this format is refused before any entry is read: far above the app's real
   * exports, so that only a file made to be heavy meets it. At most MAX_EXPORT_FILE_BYTES.
   */
  maxBytes: number;
  /** Whether the file is this format's; cheap (no key derivation, no entry read), and never throws. */
  detect(file: ImportFile): boolean;
  /** Whether reading the file needs a password; only asked of files detect() claimed. */
  isEncrypted(file: ImportFile): boolean;
  /**
   * The file's accounts in the file's order (or the app's display order). `password` is given
   * when isEncrypted() said so. At most MAX_FILE_ROWS, counted before any is converted or
   * decrypted. Throws only the errors of ./format-errors.ts, whose messages name no secret.
   */
  read(file: ImportFile, password?: string): Promise<FormatEntry[]>;
}
