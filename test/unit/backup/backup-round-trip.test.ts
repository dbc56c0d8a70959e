import { beforeEach, describe, expect, it } from 'vitest';
import type { BackupFile, ImportPreviewItem, ImportResult } from '../../../lib/protocol/protocol';
import { encodeBase32, generateCode } from '../../../lib/otp';
import { toHex } from '../vault/helpers';
import { BACKUP_PASSPHRASE, comparable, everyKindOfAccount, harness, NOW, resetBrowser, VAULT_PASSPHRASE } from './backup-harness';

beforeEach(resetBrowser);

/** The backup passphrase chosen for the file, and the vault passphrase typed again. */
const EXPORT = { passphrase: BACKUP_PASSPHRASE, vaultPassphrase: VAULT_PASSPHRASE };

describe('encrypted backup: round trip', () => {
  it('restores every field of every account into an empty vault, with the same codes', async () => {
    const source = await harness();
    for (const account of everyKindOfAccount()) await source.vault.addAccount(account);
    const file = await source.value<BackupFile>('backup.export', EXPORT);
    // Read now: the unlocked key lives in storage.session, which the next vault takes over.
    const before = await source.vault.listAccounts();

    const target = await harness();
    const preview = await target.value<ImportPreviewItem[]>('backup.preview', { content: file.content, passphrase: BACKUP_PASSPHRASE });
    expect(preview.map((item) => item.status)).toEqual(['new', 'new', 'new', 'new']);
    const result = await target.value<ImportResult>('backup.restore', { content: file.content, passphrase: BACKUP_PASSPHRASE });
    expect(result).toEqual({ added: 4, skipped: 0 });

    const after = await target.vault.listAccounts();
    expect(after.map(comparable)).toEqual(before.map(comparable));
    // Ties to server users too, the user's own (tiedAt) as much as the enrolled key's.
    expect(after.map((account) => account.server)).toEqual(everyKindOfAccount().map((account) => account.server));
    for (const [index, account] of after.entries()) {
      expect(await generateCode(account, NOW)).toBe(await generateCode(before[index]!, NOW));
    }
  });

  it('writes the documented format, with no secret, name or site in the clear', async () => {
    const source = await harness();
    for (const account of everyKindOfAccount()) await source.vault.addAccount(account);
    const file = await source.value<BackupFile>('backup.export', EXPORT);

    expect(file.fileName).toMatch(/^otp-companion-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(file.content);
    expect(Object.keys(json)).toEqual(['format', 'version', 'createdAt', 'kdf', 'cipher', 'data']);
    expect(json).toMatchObject({
      format: 'otp-companion-backup',
      version: 1,
      createdAt: new Date(NOW).toISOString(),
      kdf: { name: 'PBKDF2', hash: 'SHA-256' },
      cipher: { name: 'AES-GCM' },
    });
    expect(json.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(atob(json.kdf.salt)).toHaveLength(16);
    expect(atob(json.cipher.iv)).toHaveLength(12);
    for (const account of everyKindOfAccount()) {
      for (const text of [encodeBase32(account.secret), toHex(account.secret), btoa(String.fromCharCode(...account.secret))]) {
        expect(file.content).not.toContain(text);
      }
      expect(file.content).not.toContain(account.label);
      // Whom it logs in as travels inside the ciphertext too.
      if (account.server) expect(file.content).not.toContain(account.server.username);
    }
    expect(file.content).not.toContain('acme.example');
    expect(file.content).not.toContain(BACKUP_PASSPHRASE);
  });

  it('draws a fresh salt and IV for every export', async () => {
    const source = await harness();
    await source.vault.addAccount(everyKindOfAccount()[0]!);
    const first = JSON.parse((await source.value<BackupFile>('backup.export', EXPORT)).content);
    const second = JSON.parse((await source.value<BackupFile>('backup.export', EXPORT)).content);
    expect(second.kdf.salt).not.toBe(first.kdf.salt);
    expect(second.cipher.iv).not.toBe(first.cipher.iv);
    expect(second.data).not.toBe(first.data);
  });

  it('refuses a backup passphrase the vault would refuse, and writes no file', async () => {
    const source = await harness();
    await source.vault.addAccount(everyKindOfAccount()[0]!);
    const reply = await source.send('backup.export', { passphrase: 'short', vaultPassphrase: VAULT_PASSPHRASE });
    expect(reply).toEqual({ ok: false, error: { name: 'WeakPassphraseError', message: 'The passphrase must be at least 8 characters.' } });
    expect(await source.value('backup.status', {})).toEqual({ reminder: true });
  });

  it('refuses a wrong vault passphrase: no file, and nothing recorded as a backup', async () => {
    const source = await harness();
    await source.vault.addAccount(everyKindOfAccount()[0]!);
    const reply = await source.send('backup.export', { ...EXPORT, vaultPassphrase: 'not the vault passphrase' });
    expect(reply).toEqual({ ok: false, error: { name: 'WrongPassphraseError', message: 'That passphrase is not right.' } });
    expect(await source.value('backup.status', {})).toEqual({ reminder: true });
    // Without the vault passphrase at all, the request is not even read.
    expect(await source.send('backup.export', { passphrase: BACKUP_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { name: 'BadRequestError' },
    });
    expect(await source.value('backup.status', {})).toEqual({ reminder: true });
    // The same request with the right one goes through and is recorded.
    await source.value('backup.export', EXPORT);
    expect(await source.value('backup.status', {})).toEqual({ lastBackupAt: NOW, reminder: false });
  });

  it('needs an unlocked vault', async () => {
    const source = await harness();
    await source.vault.lockVault();
    expect(await source.send('backup.export', EXPORT)).toMatchObject({
      ok: false,
      error: { name: 'VaultLockedError' },
    });
  });
});
