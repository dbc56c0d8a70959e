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

/**
 * Every account as an otpauth:// link, one a line: the one reply but a reveal that carries every
 * seed. The page shows it, saves it (./file-names.ts), or turns it into transfer QR codes
 * (./transfer-codes.ts).
 */
export interface PlainLinks {
  content: string;
}
