/** A link found in pasted text, a file or a QR code, named the way the preview shows it. */
export interface FoundLink {
  /** "Line 3", "codes.txt, line 3", "qr.png"… */
  entry: string;
  text: string;
}

/** One row of an import before the background has seen it: a link to preview, or already refused. */
export type ImportEntry = PendingEntry | RefusedEntry;

export interface PendingEntry {
  entry: string;
  /** An otpauth:// link (export links are turned into these on the page). */
  uri: string;
}

export interface RefusedEntry {
  entry: string;
  /** One sentence saying why this row cannot be imported. */
  reason: string;
  /**
   * Left out on purpose rather than damaged: a kind of code the vault cannot compute (Steam), an
   * entry the other app had put in its trash. Decided on the page, by the format that read it. Shown as "Skipped" instead of "Invalid".
   */
  skipped?: true;
  issuer?: string;
  label?: string;
}

export function isPendingEntry(entry: ImportEntry): entry is PendingEntry {
  return 'uri' in entry;
}
