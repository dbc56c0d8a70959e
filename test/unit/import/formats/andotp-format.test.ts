// andOTP backups: the plain JSON array, and both encrypted layouts (PBKDF2-SHA1 and SHA-256 keys).
import { createCipheriv, createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { andOtpFormat } from '../../../../lib/import/formats/andotp/andotp-format';
import { DamagedFileError, WrongPasswordError } from '../../../../lib/import/formats/format-errors';
import type { FormatEntry } from '../../../../lib/import/formats';
import { FIXTURE_PASSWORD } from '../../../fixtures/import/formats/fixture-accounts';
import { altered, expectFixtureAccount, expectSkipped, fixtureBytes, fixtureFile, truncated } from './fixture-checks';

const PLAIN = 'otp_accounts.json';
const CURRENT = 'otp_accounts.json.aes';
const OLDER = 'otp_accounts_old.json.aes';

async function expectAndOtpAccounts(entries: FormatEntry[]): Promise<void> {
  expect(entries).toHaveLength(5);
  for (const [index, key] of (['forge', 'cloud', 'bank', 'door'] as const).entries()) await expectFixtureAccount(entries[index], 'andotp', key);
  expectSkipped(entries[4], { issuer: 'Steam', label: 'gamer' }, /^Steam Guard codes are not supported/u);
}

describe('andOTP backup', () => {
  it('reads every field of a plain backup (padded Base32 secrets)', async () => {
    const file = fixtureFile(PLAIN);
    expect(andOtpFormat.detect(file)).toBe(true);
    expect(andOtpFormat.isEncrypted(file)).toBe(false);
    await expectAndOtpAccounts(await andOtpFormat.read(file));
  });

  it.each([CURRENT, OLDER])('decrypts %s', async (name) => {
    const file = fixtureFile(name);
    expect(andOtpFormat.detect(file)).toBe(true);
    expect(andOtpFormat.isEncrypted(file)).toBe(true);
    await expectAndOtpAccounts(await andOtpFormat.read(file, FIXTURE_PASSWORD));
  });

  it('recognises a renamed backup of the current layout by its iteration count', () => {
    const renamed = fixtureFile('backup.bin', fixtureBytes(CURRENT));
    expect(andOtpFormat.detect(renamed)).toBe(true);
  });

  it.each([CURRENT, OLDER])('says a wrong password does not open %s', async (name) => {
    await expect(andOtpFormat.read(fixtureFile(name), 'wrong')).rejects.toThrow(WrongPasswordError);
  });

  it.each([
    ['truncated', truncated(CURRENT, 200)],
    ['altered in its ciphertext', altered(CURRENT, 100)],
    ['altered in its tag', altered(OLDER, -1)],
  ])('says a file %s does not open with the password (GCM cannot tell the two apart)', async (_what, file) => {
    await expect(andOtpFormat.read(file, FIXTURE_PASSWORD)).rejects.toThrow(WrongPasswordError);
  });

  it('derives nothing from an iteration count beyond the limit, and tries the older layout only', async () => {
    const bytes = fixtureBytes(CURRENT).slice();
    new DataView(bytes.buffer).setInt32(0, 2_000_000_000);
    const started = Date.now();
    await expect(andOtpFormat.read(fixtureFile(CURRENT, bytes), FIXTURE_PASSWORD)).rejects.toThrow(WrongPasswordError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('calls a backup damaged when what it decrypts to is no list of accounts', async () => {
    // The older layout, sealing a JSON object instead of andOTP's array.
    const key = createHash('sha256').update(FIXTURE_PASSWORD, 'utf8').digest();
    const iv = Buffer.alloc(12, 7);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const sealed = Buffer.concat([iv, cipher.update('{"accounts": []}'), cipher.final(), cipher.getAuthTag()]);
    await expect(andOtpFormat.read(fixtureFile('otp_accounts.json.aes', sealed), FIXTURE_PASSWORD)).rejects.toThrow(DamagedFileError);
  });
});
