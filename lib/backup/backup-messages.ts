import { decryptBackup, encryptBackup } from './backup-crypto';
import { backupFileName } from './backup-format';
import { planRestore } from './backup-merge';
import { toBackupEntry } from './backup-payload';
import { backupStatus, recordBackup } from './backup-status';
import type { PlainLinks } from './backup-views';
import { pageMessage } from '../messaging/page-message';
import { empty, passphrase, text } from '../messaging/request-fields';
import * as z from '../zod';
import { formatOtpauthUri } from '../otp';
import { assertPassphraseStrength } from '../crypto/passphrase-policy';
import type { VaultPort } from '../vault/vault-port';

/**
 * Encrypted backup and restore, and the plain export; the format is in lib/backup. The plain
 * links leave the background only after the vault passphrase is typed again: the page shows them,
 * saves them (./file-names.ts) or turns them into transfer QR codes (./transfer-codes.ts).
 */
export function backupMessages({ vault, now }: { vault: VaultPort; now(): number }) {
  /** Reads the whole file (every check, then the passphrase) before comparing it with the vault. */
  async function plan(content: string, passphrase: string) {
    // The vault first: a locked vault is refused before the (slow) key derivation.
    const existing = await vault.listAccounts();
    return planRestore(await decryptBackup(content, passphrase), existing);
  }

  return {
    'backup.status': pageMessage({
      request: empty,
      passive: true,
      async handle() {
        return backupStatus(await vault.listAccounts());
      },
    }),
    /** Every account, encrypted with `passphrase` (chosen for this backup; same KDF floor as the vault). */
    'backup.export': pageMessage({
      request: z.strictObject({ passphrase, vaultPassphrase: passphrase }),
      async handle({ passphrase, vaultPassphrase }) {
        // Every seed leaves under a passphrase the person chooses, so the file is as much a reveal
        // as the plain export: it too needs the vault passphrase typed again, before anything else.
        await vault.verifyPassphrase(vaultPassphrase);
        // The same rule as the vault's passphrase: the file may travel further than this browser.
        assertPassphraseStrength(passphrase);
        const accounts = await vault.listAccounts();
        const createdAt = now();
        const content = await encryptBackup(accounts.map(toBackupEntry), passphrase, createdAt);
        await recordBackup(accounts, createdAt);
        return { fileName: backupFileName(createdAt), content };
      },
    }),
    'backup.preview': pageMessage({
      request: z.strictObject({ content: text(20_000_000), passphrase }),
      async handle({ content, passphrase }) {
        return (await plan(content, passphrase)).preview;
      },
    }),
    /** Merges: adds what the vault lacks, never overwrites. */
    'backup.restore': pageMessage({
      request: z.strictObject({ content: text(20_000_000), passphrase }),
      async handle({ content, passphrase }) {
        const { preview, additions } = await plan(content, passphrase);
        // One by one, in the file's order. Should one fail, what was added stays, and restoring
        // the same file again adds the rest: everything added before counts as a duplicate.
        for (const account of additions) await vault.addAccount(account);
        return { added: additions.length, skipped: preview.length - additions.length };
      },
    }),
    /** Plain otpauth:// links, one per line, after the vault passphrase is typed again; nothing here logs. */
    'backup.exportPlain': pageMessage({
      request: z.strictObject({ vaultPassphrase: passphrase }),
      async handle({ vaultPassphrase }): Promise<PlainLinks> {
        // Seeds in the clear leave the background only after the vault passphrase is typed again.
        await vault.verifyPassphrase(vaultPassphrase);
        const accounts = await vault.listAccounts();
        return { content: accounts.map((account) => formatOtpauthUri(account)).join('\n') };
      },
    }),
  };
}
