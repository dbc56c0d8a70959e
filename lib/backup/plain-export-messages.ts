// The exports that take the seeds out of the encryption, for moving accounts to another
// authenticator: plain otpauth:// links (on screen or as a file) and Google Authenticator transfer
// QR codes. Each is built here, in the background, and leaves it only after the vault passphrase
// is typed again; nothing here logs.
import { fileDate } from './backup-format';
import type { PlainLinksFile, TransferCodes } from './backup-views';
import { randomBytes } from '../crypto/bytes';
import { pageMessage } from '../messaging/page-message';
import { passphrase } from '../messaging/request-fields';
import { formatOtpauthUri, formatTransferLinks } from '../otp';
import type { VaultPort } from '../vault/vault-port';
import * as z from '../zod';

/** `otp-companion-links-YYYY-MM-DD.txt`. */
export function linksFileName(at: number): string {
  return `otp-companion-links-${fileDate(at)}.txt`;
}

/** One export's batch id: random, so the app does not mix two exports' QR codes; positive, as every importer reads it. */
function randomBatchId(): number {
  const [a = 0, b = 0, c = 0, d = 0] = randomBytes(4);
  return ((a << 24) | (b << 16) | (c << 8) | d) & 0x7fffffff;
}

export function plainExportMessages({ vault, now }: { vault: VaultPort; now(): number }) {
  return {
    /** Plain otpauth:// links, one per line, after the vault passphrase is typed again. */
    'backup.exportPlain': pageMessage({
      request: z.strictObject({ vaultPassphrase: passphrase }),
      async handle({ vaultPassphrase }): Promise<PlainLinksFile> {
        // Seeds in the clear leave the background only after the vault passphrase is typed again.
        await vault.verifyPassphrase(vaultPassphrase);
        const accounts = await vault.listAccounts();
        return { fileName: linksFileName(now()), content: accounts.map((account) => formatOtpauthUri(account)).join('\n') };
      },
    }),
    /** Google Authenticator transfer QR codes of every account it can carry, after the same check. */
    'backup.exportTransfer': pageMessage({
      request: z.strictObject({ vaultPassphrase: passphrase }),
      async handle({ vaultPassphrase }): Promise<TransferCodes> {
        await vault.verifyPassphrase(vaultPassphrase);
        const { links, left } = formatTransferLinks(await vault.listAccounts(), randomBatchId());
        return { links, notIncluded: left.map(({ account, reason }) => ({ issuer: account.issuer, label: account.label, reason })) };
      },
    }),
  };
}
