import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupFileName } from '../../../lib/backup/backup-format';
import { encodeBase32 } from '../../../lib/otp';
import { textsOf } from '../vault/helpers';
import { BACKUP_PASSPHRASE, everyKindOfAccount, harness, NOW, resetBrowser, VAULT_PASSPHRASE } from './backup-harness';

beforeEach(resetBrowser);

describe('encrypted backup: the reminder', () => {
  it('reminds only when accounts were added since the last backup', async () => {
    let now = NOW;
    const h = await harness(() => now);
    const [first, second, third] = everyKindOfAccount();
    // Nothing to back up yet.
    expect(await h.value('backup.status', {})).toEqual({ reminder: false });
    await h.vault.addAccount(first!);
    expect(await h.value('backup.status', {})).toEqual({ reminder: true });

    now += 60_000;
    await h.value('backup.export', { passphrase: BACKUP_PASSPHRASE, vaultPassphrase: VAULT_PASSPHRASE });
    expect(await h.value('backup.status', {})).toEqual({ lastBackupAt: now, reminder: false });

    now += 60_000;
    await h.vault.addAccount(second!);
    expect(await h.value('backup.status', {})).toEqual({ lastBackupAt: NOW + 60_000, reminder: true });

    await h.value('backup.export', { passphrase: BACKUP_PASSPHRASE, vaultPassphrase: VAULT_PASSPHRASE });
    const [oldest] = await h.vault.listAccounts();
    await h.vault.deleteAccount(oldest!.id);
    // Fewer accounts than the backup holds: nothing new to save.
    expect(await h.value('backup.status', {})).toMatchObject({ reminder: false });
    // An account added with the clock set back is still noticed, by the count.
    now = NOW - 3_600_000;
    await h.vault.addAccount(third!);
    await h.vault.addAccount(first!);
    expect(await h.value('backup.status', {})).toMatchObject({ reminder: true });
  });

  it('keeps only times and a count in storage.local, and reads a damaged record as "never"', async () => {
    const h = await harness();
    const accounts = everyKindOfAccount();
    for (const account of accounts) await h.vault.addAccount(account);
    await h.value('backup.export', { passphrase: BACKUP_PASSPHRASE, vaultPassphrase: VAULT_PASSPHRASE });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored.backupStatus as object)).toEqual(['lastBackupAt', 'accountCount', 'newestCreatedAt']);
    const texts = textsOf(stored).join('\n');
    for (const account of accounts) {
      expect(texts).not.toContain(encodeBase32(account.secret));
      expect(texts).not.toContain(account.label);
    }
    expect(texts).not.toContain(BACKUP_PASSPHRASE);

    await fakeBrowser.storage.local.set({ backupStatus: { lastBackupAt: 'soon' } });
    expect(await h.value('backup.status', {})).toEqual({ reminder: true });
  });

  it('names the file after the day of the export, on the local clock', () => {
    expect(backupFileName(new Date(2025, 0, 9, 23, 59).getTime())).toBe('otp-companion-backup-2025-01-09.json');
    expect(backupFileName(new Date(2024, 11, 31, 0, 1).getTime())).toBe('otp-companion-backup-2024-12-31.json');
  });
});
