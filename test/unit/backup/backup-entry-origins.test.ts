// A backup entry whose sites the vault would refuse is shown as invalid in the preview and skipped
// by the restore: the preview never promises an account the restore then fails to write.
import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountFields } from '../../../lib/vault/vault-port';
import { encryptBackup } from '../../../lib/backup/backup-crypto';
import type { BackupEntryJson } from '../../../lib/backup/backup-payload';
import { encodeBase32 } from '../../../lib/otp';
import { BACKUP_PASSPHRASE, comparable, everyKindOfAccount, harness, NOW, resetBrowser } from './backup-harness';

beforeEach(resetBrowser);

function entry(account: AccountFields): BackupEntryJson {
  const { secret, origins = [], ...fields } = account;
  return { ...fields, secret: encodeBase32(secret), origins };
}

const [alice, bank, token] = everyKindOfAccount() as [AccountFields, AccountFields, AccountFields];

describe('encrypted backup: sites of an entry', () => {
  it('lists an entry naming one site twice as invalid, and restores every other entry whole', async () => {
    const h = await harness();
    const content = await encryptBackup(
      [entry(bank), { ...entry(alice), origins: ['https://acme.example', 'https://acme.example'] }, entry(token)],
      BACKUP_PASSPHRASE,
      NOW,
    );
    const preview = await h.value('backup.preview', { content, passphrase: BACKUP_PASSPHRASE });
    expect(preview).toEqual([
      { index: 0, status: 'new', type: 'totp', issuer: 'Bänk Zürich 銀行', label: 'bob ✓' },
      {
        index: 1, status: 'invalid', type: 'totp', issuer: 'ACME Co', label: 'alice@example.com',
        reason: 'This entry of the backup is incomplete or malformed.',
      },
      { index: 2, status: 'new', type: 'hotp', issuer: '', label: 'counter: token' },
    ]);
    expect(await h.value('backup.restore', { content, passphrase: BACKUP_PASSPHRASE })).toEqual({ added: 2, skipped: 1 });
    expect((await h.vault.listAccounts()).map(comparable)).toEqual([comparable(bank), comparable(token)]);
  });
});
