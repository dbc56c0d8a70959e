// The accounts and passphrases of the backup → erase → restore journey, the same in the Chromium
// and the Firefox suites: two accounts with different code settings, so a restore that loses a
// field shows in the codes.
export const FIRST_PASSPHRASE = 'the vault before erasing';
export const SECOND_PASSPHRASE = 'the vault after erasing';
export const BACKUP_PASSPHRASE = 'a passphrase for the backup file';
export const ALICE_SECRET = 'JBSWY3DPEHPK3PXP';
export const CAROL_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
export const ALICE = 'Example Corp (alice@example.com)';
export const CAROL = 'Bank (carol)';
export const CAROL_OPTIONS = { algorithm: 'SHA256', digits: 8, period: 60 } as const;
/** What must never be readable in the backup file. */
export const BACKUP_SECRETS = [ALICE_SECRET, CAROL_SECRET, 'alice@example.com', 'carol'];
/** The two accounts, as the links the user adds them by. */
export const ACCOUNT_LINKS = [
  `otpauth://totp/Example%20Corp:alice%40example.com?secret=${ALICE_SECRET}&issuer=Example%20Corp`,
  `otpauth://totp/Bank:carol?secret=${CAROL_SECRET}&issuer=Bank&algorithm=SHA256&digits=8&period=60`,
];
