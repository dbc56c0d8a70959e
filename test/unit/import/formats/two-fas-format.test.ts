// 2FAS backups (.2fas), schemas 1 to 4, plain and encrypted (PBKDF2-SHA256 → AES-GCM).
import { describe, expect, it } from 'vitest';
import { DamagedFileError, UnsupportedVersionError, WrongPasswordError } from '../../../../lib/import/formats/format-errors';
import { twoFasFormat } from '../../../../lib/import/formats/two-fas/two-fas-format';
import { FIXTURE_PASSWORD, type FixtureKey } from '../../../fixtures/import/formats/fixture-accounts';
import { editedJson, expectFixtureAccount, expectSkipped, fixtureFile } from './fixture-checks';

const ENCRYPTED = '2fas-encrypted-schema4.2fas';

/** The accounts each schema's fixture holds (schema 1 knows TOTP only, 3 adds HOTP, 4 Steam). */
const SCHEMA_KEYS: Record<number, FixtureKey[]> = {
  1: ['forge'],
  2: ['forge', 'cloud', 'bank'],
  3: ['forge', 'cloud', 'bank', 'door'],
  4: ['forge', 'cloud', 'bank', 'door'],
};

function flipSealed(text: string): string {
  const [sealed = '', salt, iv] = text.split(':');
  const bytes = Buffer.from(sealed, 'base64');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  return [bytes.toString('base64'), salt, iv].join(':');
}

describe('2FAS backup', () => {
  it.each([1, 2, 3, 4])('reads every field of a plain schema %i backup', async (schema) => {
    const file = fixtureFile(`2fas-schema${schema}.2fas`);
    expect(twoFasFormat.detect(file)).toBe(true);
    expect(twoFasFormat.isEncrypted(file)).toBe(false);
    const entries = await twoFasFormat.read(file);
    const keys = SCHEMA_KEYS[schema]!;
    for (const [index, key] of keys.entries()) await expectFixtureAccount(entries[index], `2fas-${schema}`, key);
    if (schema === 4) expectSkipped(entries[4], { issuer: 'Steam', label: 'gamer' }, /^Steam Guard codes are not supported/u);
    expect(entries).toHaveLength(schema === 4 ? 5 : keys.length);
  });

  it.each([2, 4])('decrypts an encrypted schema %i backup', async (schema) => {
    const file = fixtureFile(`2fas-encrypted-schema${schema}.2fas`);
    expect(twoFasFormat.detect(file)).toBe(true);
    expect(twoFasFormat.isEncrypted(file)).toBe(true);
    const entries = await twoFasFormat.read(file, FIXTURE_PASSWORD);
    for (const [index, key] of SCHEMA_KEYS[schema]!.entries()) await expectFixtureAccount(entries[index], `2fas-${schema}`, key);
  });

  it('says a wrong password does not open the file', async () => {
    await expect(twoFasFormat.read(fixtureFile(ENCRYPTED), 'wrong')).rejects.toThrow(WrongPasswordError);
  });

  it('calls altered services damaged when the reference shows the password is right', async () => {
    const file = editedJson(ENCRYPTED, (json) => {
      json.servicesEncrypted = flipSealed(json.servicesEncrypted as string);
    });
    await expect(twoFasFormat.read(file, FIXTURE_PASSWORD)).rejects.toThrow(DamagedFileError);
  });

  it('without a reference, says altered services do not open with the password', async () => {
    const file = editedJson(ENCRYPTED, (json) => {
      delete json.reference;
      json.servicesEncrypted = flipSealed(json.servicesEncrypted as string);
    });
    await expect(twoFasFormat.read(file, FIXTURE_PASSWORD)).rejects.toThrow(WrongPasswordError);
  });

  it('calls a cut encrypted part damaged', async () => {
    const file = editedJson(ENCRYPTED, (json) => {
      json.servicesEncrypted = (json.servicesEncrypted as string).split(':').slice(0, 2).join(':');
    });
    await expect(twoFasFormat.read(file, FIXTURE_PASSWORD)).rejects.toThrow(DamagedFileError);
  });

  it('refuses a newer schema with a sentence, before asking for any password', async () => {
    const file = editedJson(ENCRYPTED, (json) => {
      json.schemaVersion = 5;
    });
    await expect(twoFasFormat.read(file)).rejects.toThrow(
      'This 2FAS backup has format version 5, newer than the versions this import reads (1 to 4).',
    );
    await expect(twoFasFormat.read(file, FIXTURE_PASSWORD)).rejects.toThrow(UnsupportedVersionError);
  });

  it('skips algorithms the product cannot compute, and lists an account without a secret as invalid', async () => {
    const file = editedJson('2fas-schema4.2fas', (json) => {
      const services = json.services as { otp: Record<string, unknown>; secret?: string }[];
      services[0]!.otp.algorithm = 'SHA224';
      delete services[1]!.secret;
    });
    const entries = await twoFasFormat.read(file);
    expectSkipped(entries[0], { issuer: 'Forge', label: 'dev@example.org' }, /the SHA224 algorithm, which is not supported/u);
    expect(entries[1]).toEqual({ ok: false, issuer: 'Cloud Über', label: 'ops', reason: 'The secret is missing.' });
  });
});
