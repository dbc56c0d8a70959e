import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountFields } from '../../../lib/vault/vault-port';
import { encryptBackup } from '../../../lib/backup/backup-crypto';
import type { BackupEntryJson } from '../../../lib/backup/backup-payload';
import type { ImportPreviewItem } from '../../../lib/protocol/protocol';
import { encodeBase32 } from '../../../lib/otp';
import { BACKUP_PASSPHRASE, comparable, everyKindOfAccount, harness, NOW, resetBrowser } from './backup-harness';

beforeEach(resetBrowser);

function entry(account: AccountFields): BackupEntryJson {
  const { secret, origins = [], ...fields } = account;
  return { ...fields, secret: encodeBase32(secret), origins };
}

const [alice, bank, token, carol] = everyKindOfAccount() as [AccountFields, AccountFields, AccountFields, AccountFields];

describe('encrypted backup: preview and merge', () => {
  it('flags what the vault already holds (same secret and parameters), whatever its names or counter', async () => {
    const h = await harness();
    await h.vault.addAccount(alice);
    await h.vault.addAccount(token);
    const content = await encryptBackup(
      [
        entry({ ...alice, issuer: 'Renamed', label: 'someone else' }),
        entry({ ...token, counter: 3 }),
        entry({ ...alice, digits: 8 }),
        entry({ ...alice, algorithm: 'SHA256' }),
        entry({ ...alice, type: 'hotp' }),
        entry(bank),
        entry(bank),
      ],
      BACKUP_PASSPHRASE,
      NOW,
    );
    const preview = await h.value<ImportPreviewItem[]>('backup.preview', { content, passphrase: BACKUP_PASSPHRASE });
    expect(preview).toEqual([
      { index: 0, status: 'duplicate', type: 'totp', issuer: 'Renamed', label: 'someone else', duplicateOf: 'ACME Co (alice@example.com)' },
      { index: 1, status: 'duplicate', type: 'hotp', issuer: '', label: 'counter: token', duplicateOf: 'counter: token' },
      { index: 2, status: 'new', type: 'totp', issuer: 'ACME Co', label: 'alice@example.com' },
      { index: 3, status: 'new', type: 'totp', issuer: 'ACME Co', label: 'alice@example.com' },
      { index: 4, status: 'new', type: 'hotp', issuer: 'ACME Co', label: 'alice@example.com' },
      { index: 5, status: 'new', type: 'totp', issuer: 'Bänk Zürich 銀行', label: 'bob ✓' },
      // A file that repeats an account adds it once.
      { index: 6, status: 'duplicate', type: 'totp', issuer: 'Bänk Zürich 銀行', label: 'bob ✓', duplicateOf: 'Bänk Zürich 銀行 (bob ✓)' },
    ]);
    // A preview writes nothing, and says nothing of any secret.
    expect(await h.vault.listAccounts()).toHaveLength(2);
    expect(JSON.stringify(preview)).not.toContain(encodeBase32(alice.secret));
    expect(JSON.stringify(preview)).not.toMatch(/secret/i);
  });

  it('lists entries the vault cannot use as invalid, with the reason, and restores the others', async () => {
    const h = await harness();
    const content = await encryptBackup(
      [
        { ...entry(alice), secret: 'JBSWY3DP' },
        { ...entry(bank), digits: 9 },
        { ...entry(carol), origins: ['not an origin'] },
        { label: 'half an entry' } as unknown as BackupEntryJson,
        entry(token),
      ],
      BACKUP_PASSPHRASE,
      NOW,
    );
    const preview = await h.value<ImportPreviewItem[]>('backup.preview', { content, passphrase: BACKUP_PASSPHRASE });
    expect(preview).toEqual([
      {
        index: 0, status: 'invalid', type: 'totp', issuer: 'ACME Co', label: 'alice@example.com',
        reason: 'The secret is too short: 5 bytes; at least 10 bytes (16 Base32 characters) are needed.',
      },
      { index: 1, status: 'invalid', type: 'totp', issuer: 'Bänk Zürich 銀行', label: 'bob ✓', reason: 'Digits must be 6, 7 or 8.' },
      {
        index: 2, status: 'invalid', type: 'totp', issuer: 'EMnify', label: 'carol@example.com',
        reason: 'This entry of the backup is incomplete or malformed.',
      },
      { index: 3, status: 'invalid', label: 'half an entry', reason: 'This entry of the backup is incomplete or malformed.' },
      { index: 4, status: 'new', type: 'hotp', issuer: '', label: 'counter: token' },
    ]);
    expect(await h.value('backup.restore', { content, passphrase: BACKUP_PASSPHRASE })).toEqual({ added: 1, skipped: 4 });
    expect((await h.vault.listAccounts()).map(comparable)).toEqual([comparable(token)]);
  });

  it('merges: adds only what is new and never overwrites an account of the vault', async () => {
    const h = await harness();
    await h.vault.addAccount({ ...alice, label: 'kept as it is', origins: ['https://kept.example'] });
    await h.vault.addAccount({ ...token, counter: 99 });
    const content = await encryptBackup([entry(alice), entry(bank), entry(token), entry(carol)], BACKUP_PASSPHRASE, NOW);

    expect(await h.value('backup.restore', { content, passphrase: BACKUP_PASSPHRASE })).toEqual({ added: 2, skipped: 2 });
    expect((await h.vault.listAccounts()).map(comparable)).toEqual([
      comparable({ ...alice, label: 'kept as it is', origins: ['https://kept.example'] }),
      comparable({ ...token, counter: 99 }),
      comparable(bank),
      comparable(carol),
    ]);
    // The same file again: everything is there already.
    expect(await h.value('backup.restore', { content, passphrase: BACKUP_PASSPHRASE })).toEqual({ added: 0, skipped: 4 });
    expect(await h.vault.listAccounts()).toHaveLength(4);
  });

  it('refuses a payload that is not a list of accounts as damaged', async () => {
    const h = await harness();
    const content = await encryptBackup({ accounts: [] } as unknown as BackupEntryJson[], BACKUP_PASSPHRASE, NOW);
    expect(await h.send('backup.preview', { content, passphrase: BACKUP_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { name: 'BackupDamagedError' },
    });
  });
});
