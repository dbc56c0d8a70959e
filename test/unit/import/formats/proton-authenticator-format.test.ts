// Proton Authenticator exports: plain, and password-protected (Argon2id → AES-256-GCM with AAD).
import { describe, expect, it } from 'vitest';
import { DamagedFileError, UnsupportedVersionError, WrongPasswordError } from '../../../../lib/import/formats/format-errors';
import { protonAuthenticatorFormat as format } from '../../../../lib/import/formats/proton-authenticator/proton-format';
import type { FormatEntry } from '../../../../lib/import/formats';
import { FIXTURE_PASSWORD } from '../../../fixtures/import/formats/fixture-accounts';
import { editedJson, expectFixtureAccount, expectSkipped, fixtureFile } from './fixture-checks';

const PLAIN = 'proton-authenticator.json';
const ENCRYPTED = 'proton-authenticator-encrypted.json';

async function expectProtonAccounts(entries: FormatEntry[]): Promise<void> {
  // Proton has no HOTP: the fixture holds the TOTP accounts and a Steam one.
  expect(entries).toHaveLength(4);
  for (const [index, key] of (['forge', 'cloud', 'bank'] as const).entries()) await expectFixtureAccount(entries[index], 'proton', key);
  expectSkipped(entries[3], { issuer: 'Steam', label: 'gamer' }, /^Steam Guard codes are not supported/u);
}

describe('Proton Authenticator export', () => {
  it('reads every field of a plain export', async () => {
    const file = fixtureFile(PLAIN);
    expect(format.detect(file)).toBe(true);
    expect(format.isEncrypted(file)).toBe(false);
    await expectProtonAccounts(await format.read(file));
  });

  it('decrypts a password-protected export', async () => {
    const file = fixtureFile(ENCRYPTED);
    expect(format.detect(file)).toBe(true);
    expect(format.isEncrypted(file)).toBe(true);
    await expectProtonAccounts(await format.read(file, FIXTURE_PASSWORD));
  });

  it('says a wrong password does not open the file', async () => {
    await expect(format.read(fixtureFile(ENCRYPTED), 'wrong')).rejects.toThrow(WrongPasswordError);
  });

  it('says an altered content does not open with the password', async () => {
    const file = editedJson(ENCRYPTED, (json) => {
      const bytes = Buffer.from(json.content as string, 'base64');
      bytes[20] = (bytes[20] ?? 0) ^ 0x01;
      json.content = bytes.toString('base64');
    });
    await expect(format.read(file, FIXTURE_PASSWORD)).rejects.toThrow(WrongPasswordError);
  });

  it('calls a truncated content or a salt of the wrong size damaged', async () => {
    const cut = editedJson(ENCRYPTED, (json) => {
      json.content = (json.content as string).slice(0, 24);
    });
    await expect(format.read(cut, FIXTURE_PASSWORD)).rejects.toThrow(DamagedFileError);
    const salt = editedJson(ENCRYPTED, (json) => {
      json.salt = 'c2FsdA==';
    });
    await expect(format.read(salt, FIXTURE_PASSWORD)).rejects.toThrow(DamagedFileError);
  });

  it('refuses a newer version, plain or protected', async () => {
    const plain = editedJson(PLAIN, (json) => {
      json.version = 2;
    });
    await expect(format.read(plain)).rejects.toThrow('This Proton Authenticator export has format version 2, newer than the versions this import reads (1).');
    const protectedFile = editedJson(ENCRYPTED, (json) => {
      json.version = 2;
    });
    await expect(format.read(protectedFile)).rejects.toThrow(UnsupportedVersionError);
  });

  it("lists a damaged link as invalid with the link reader's reason", async () => {
    const file = editedJson(PLAIN, (json) => {
      const entries = json.entries as { content: { uri: string } }[];
      entries[0]!.content.uri = 'otpauth://totp/Forge:dev?secret=';
    });
    const entries = await format.read(file);
    expect(entries[0]).toEqual({ ok: false, issuer: '', label: 'dev@example.org', reason: 'The link has no secret.' });
  });
});
