// Every way a backup file can be refused: each gives its own clear sentence, and neither preview
// nor restore changes anything in the vault.
import { beforeEach, describe, expect, it } from 'vitest';
import type { BackupFile } from '../../../lib/protocol/protocol';
import { BACKUP_PASSPHRASE, everyKindOfAccount, harness, resetBrowser, type Harness, VAULT_PASSPHRASE } from './backup-harness';

beforeEach(resetBrowser);

const WRONG = { name: 'BackupDecryptionError', message: 'Wrong passphrase or altered file: the backup could not be decrypted.' };
const UNREADABLE = { name: 'BackupUnreadableError', message: 'This file cannot be read as a backup: it is incomplete or not JSON.' };
const NOT_BACKUP = { name: 'NotABackupError', message: 'This file is not an OTP Companion backup.' };
const NEWER = {
  name: 'BackupVersionError',
  message: 'This backup was made by a newer version of OTP Companion: update the extension to restore it.',
};
const DAMAGED = { name: 'BackupDamagedError', message: 'This backup file is damaged: some of its fields are missing or malformed.' };
const KDF = {
  name: 'BackupKdfError',
  message: "This backup's key-derivation settings are outside the allowed range, so it was not opened.",
};

/** A vault with one account, and a backup of it plus one more account the vault does not hold. */
async function setUp(): Promise<{ h: Harness; content: string }> {
  const h = await harness();
  const [first, second] = everyKindOfAccount();
  await h.vault.addAccount(second!);
  const { content } = await h.value<BackupFile>('backup.export', { passphrase: BACKUP_PASSPHRASE, vaultPassphrase: VAULT_PASSPHRASE });
  const kept = await h.vault.listAccounts();
  await h.vault.addAccount(first!);
  // The vault now holds an account the file does not; the file one the vault no longer has.
  await h.vault.deleteAccount(kept[0]!.id);
  return { h, content };
}

/** Both ways of reading the file give `error`, and the vault's records stay byte for byte the same. */
async function expectRefused(h: Harness, content: string, error: { name: string; message: string }, passphrase = BACKUP_PASSPHRASE) {
  const before = await h.dump();
  for (const type of ['backup.preview', 'backup.restore']) {
    expect(await h.send(type, { content, passphrase })).toEqual({ ok: false, error });
  }
  expect(await h.dump()).toEqual(before);
}

/** The file's JSON, loosely: the tests below put in what a real file must not have. */
interface FileJson {
  format: string;
  version: number;
  createdAt: string;
  kdf: { name: string; hash: string; iterations: number; salt: string };
  cipher: { name: string; iv: string };
  data?: string;
}

function edit(content: string, change: (file: FileJson) => unknown): string {
  const file = JSON.parse(content);
  change(file);
  return JSON.stringify(file);
}

/** The same base64 text with its first byte changed. */
function flipBase64(text: string): string {
  const bytes = Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  bytes[0] = bytes[0]! ^ 0x01;
  return btoa(String.fromCharCode(...bytes));
}

describe('encrypted backup: refusals', () => {
  it('says "wrong passphrase or altered file" for a wrong passphrase', async () => {
    const { h, content } = await setUp();
    await expectRefused(h, content, WRONG, 'not the backup passphrase');
  });

  it.each([
    ['cut in half', (content: string) => content.slice(0, content.length / 2)],
    ['cut by one character', (content: string) => content.trimEnd().slice(0, -1)],
    ['not JSON', () => 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP'],
    ['empty', () => ''],
  ])('refuses a file %s as unreadable', async (_what, damage) => {
    const { h, content } = await setUp();
    await expectRefused(h, damage(content), UNREADABLE);
  });

  it.each([
    ['another JSON object', () => '{"accounts": []}'],
    ['a JSON list', () => '[]'],
    ['null', () => 'null'],
    ['another format name', (content: string) => edit(content, (file) => (file.format = 'otp-backup'))],
  ])('refuses %s as not a backup', async (_what, replace) => {
    const { h, content } = await setUp();
    await expectRefused(h, replace(content), NOT_BACKUP);
  });

  it('refuses a newer format version with the sentence that says so', async () => {
    const { h, content } = await setUp();
    await expectRefused(h, edit(content, (file) => (file.version = 2)), NEWER);
    // A later version may change the shape altogether: it is still recognised as newer.
    await expectRefused(h, JSON.stringify({ format: 'otp-companion-backup', version: 3, payload: 'x' }), NEWER);
  });

  it.each([
    ['createdAt', (file: FileJson) => (file.createdAt = '2020-01-01T00:00:00.000Z')],
    ['kdf.iterations', (file: FileJson) => (file.kdf.iterations += 1)],
    ['kdf.salt', (file: FileJson) => (file.kdf.salt = flipBase64(file.kdf.salt))],
    ['cipher.iv', (file: FileJson) => (file.cipher.iv = flipBase64(file.cipher.iv))],
    ['data', (file: FileJson) => (file.data = flipBase64(file.data!))],
  ])('refuses a file whose %s was altered, as "wrong passphrase or altered file"', async (_field, change) => {
    const { h, content } = await setUp();
    await expectRefused(h, edit(content, change), WRONG);
  });

  it.each([
    ['599,999 iterations', (file: FileJson) => (file.kdf.iterations = 599_999)],
    ['1,000 iterations', (file: FileJson) => (file.kdf.iterations = 1_000)],
    ['a billion iterations', (file: FileJson) => (file.kdf.iterations = 1e9)],
    ['another hash', (file: FileJson) => (file.kdf.hash = 'SHA-1')],
    ['another KDF', (file: FileJson) => (file.kdf.name = 'scrypt')],
    ['a short salt', (file: FileJson) => (file.kdf.salt = btoa('12345678'))],
  ])('refuses key-derivation settings outside the policy (%s) before deriving anything', async (_what, change) => {
    const { h, content } = await setUp();
    const started = performance.now();
    await expectRefused(h, edit(content, change), KDF);
    // Refused before any PBKDF2 run: a billion iterations would take minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['no data', (file: FileJson) => delete file.data],
    ['data that is not base64', (file: FileJson) => (file.data = 'not base64!')],
    ['an IV of the wrong length', (file: FileJson) => (file.cipher.iv = btoa('short iv'))],
    ['another cipher', (file: FileJson) => (file.cipher.name = 'AES-CBC')],
    ['a date that is no date', (file: FileJson) => (file.createdAt = 'yesterday')],
    ['version 0', (file: FileJson) => (file.version = 0)],
  ])('refuses a file with %s as damaged', async (_what, change) => {
    const { h, content } = await setUp();
    await expectRefused(h, edit(content, change), DAMAGED);
  });

  it('leaves the vault as it was after every refusal, and still restores the intact file', async () => {
    const { h, content } = await setUp();
    await expectRefused(h, edit(content, (file) => (file.data = flipBase64(file.data!))), WRONG);
    expect(await h.send('backup.restore', { content, passphrase: BACKUP_PASSPHRASE })).toEqual({
      ok: true,
      value: { added: 1, skipped: 0 },
    });
    expect((await h.vault.listAccounts()).map((account) => account.label)).toEqual(['alice@example.com', 'bob ✓']);
  });
});
