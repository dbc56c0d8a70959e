// What the backup section shows. The encrypted file leaves the background only as ciphertext.

export interface BackupFile {
  fileName: string;
  /** The encrypted backup, as the text of a JSON file (format in the README). */
  content: string;
}

export interface BackupStatus {
  /** Epoch ms of the last encrypted backup made from this browser. */
  lastBackupAt?: number;
  /** Accounts were added or changed since then (or there was never a backup and there are accounts). */
  reminder: boolean;
}

/** Every account as an otpauth:// link, one a line: the one reply but a reveal that carries every seed. */
export interface PlainLinksFile {
  /** `otp-companion-links-YYYY-MM-DD.txt`, for saving the links as a file. */
  fileName: string;
  content: string;
}

/** An account the transfer QR codes leave out, by name, with the reason. Never the secret. */
export interface LeftOutAccount {
  issuer: string;
  label: string;
  reason: string;
}

/** Google Authenticator transfer QR codes: their links carry seeds, like the plain links. */
export interface TransferCodes {
  /** otpauth-migration://offline links, one a QR code, in batch order. */
  links: string[];
  notIncluded: LeftOutAccount[];
}
