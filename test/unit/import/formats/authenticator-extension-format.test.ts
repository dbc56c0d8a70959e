// The Authenticator extension's JSON backups: plain, and encrypted in its three generations
// (v1: secrets under the password, v2: under a key the password seals, v3: records under Argon2id).
import { describe, expect, it } from 'vitest';
import { authenticatorExtensionFormat as format } from '../../../../lib/import/formats/authenticator-extension/extension-format';
import { argon2ParamsOf } from '../../../../lib/import/formats/authenticator-extension/extension-keys';
import { DamagedFileError, KdfLimitError, WrongPasswordError } from '../../../../lib/import/formats/format-errors';
import type { FormatEntry } from '../../../../lib/import/formats';
import { encodeBase32 } from '../../../../lib/otp';
import { FIXTURE_PASSWORD } from '../../../fixtures/import/formats/fixture-accounts';
import { seeded } from '../../../fixtures/import/formats/generators/seeded-crypto';
import { editedJson, expectFixtureAccount, expectSkipped, fixtureFile, oathtoolCode } from './fixture-checks';

async function expectExtensionAccounts(entries: FormatEntry[], fixture: string): Promise<void> {
  expect(entries).toHaveLength(7);
  for (const [index, key] of (['forge', 'cloud', 'bank', 'door'] as const).entries()) await expectFixtureAccount(entries[index], fixture, key);
  expectSkipped(entries[4], { issuer: 'Steam', label: 'gamer' }, /^Steam Guard codes are not supported/u);
  // Blizzard: an 8-digit TOTP; hex: a TOTP whose secret is written in hexadecimal.
  const battle = entries[5];
  expect(battle).toMatchObject({ ok: true, account: { type: 'totp', issuer: 'Battle.net', label: 'hero', digits: 8, period: 30, algorithm: 'SHA1' } });
  const hex = entries[6];
  expect(hex).toMatchObject({ ok: true, account: { type: 'totp', issuer: 'Hex', label: 'hexa', digits: 6 } });
  if (hex?.ok) {
    expect(encodeBase32(hex.account.secret)).toBe(encodeBase32(seeded(`${fixture} hex secret`, 20)));
    expect(oathtoolCode(hex.account, 1_700_000_029)).toMatch(/^\d{6}$/u);
  }
}

describe('Authenticator extension backup', () => {
  it('reads every field of a plain backup, Blizzard and hexadecimal keys included', async () => {
    const file = fixtureFile('authenticator-plain.json');
    expect(format.detect(file)).toBe(true);
    expect(format.isEncrypted(file)).toBe(false);
    await expectExtensionAccounts(await format.read(file), 'extension-plain');
  });

  it.each([
    ['v1 (secrets sealed with the password)', 'authenticator-v1.json', 'extension-v1'],
    ['v2 (secrets sealed with a key the password seals)', 'authenticator-v2.json', 'extension-v2'],
    ['v3 (records sealed with an Argon2id passphrase)', 'authenticator-v3.json', 'extension-v3'],
  ])('decrypts a %s backup', async (_what, name, fixture) => {
    const file = fixtureFile(name);
    expect(format.detect(file)).toBe(true);
    expect(format.isEncrypted(file)).toBe(true);
    await expectExtensionAccounts(await format.read(file, FIXTURE_PASSWORD), fixture);
  });

  it.each(['authenticator-v1.json', 'authenticator-v2.json', 'authenticator-v3.json'])('says a wrong password does not open %s', async (name) => {
    await expect(format.read(fixtureFile(name), 'wrong password')).rejects.toThrow(WrongPasswordError);
  });

  it('lists a record sealed under another password as one that could not be decrypted, and reads the rest', async () => {
    const file = editedJson('authenticator-v1.json', (json) => {
      const other = editedJson('authenticator-v2.json', () => undefined).json as Record<string, { secret: string; index: number }>;
      const first = Object.values(json)[0] as { secret: string };
      first.secret = Object.values(other).find((record) => record.index === 0)!.secret;
    });
    const entries = await format.read(file, FIXTURE_PASSWORD);
    expect(entries[0]).toEqual({ ok: false, issuer: 'Forge', label: 'dev@example.org', reason: 'This account could not be decrypted with this password.' });
    await expectFixtureAccount(entries[1], 'extension-v1', 'cloud');
  });

  it('calls a record whose sealed text is cut damaged', async () => {
    const file = editedJson('authenticator-v3.json', (json) => {
      const record = Object.values(json).find((value) => (value as { dataType?: string }).dataType === 'EncOTPStorage') as { data: string };
      record.data = record.data.slice(0, 30);
    });
    await expect(format.read(file, FIXTURE_PASSWORD)).rejects.toThrow(DamagedFileError);
  });

  it.each(['', 'x', 'seven!!'])('calls a key record whose salt is under 8 bytes (%j) damaged', async (salt) => {
    const file = editedJson('authenticator-v3.json', (json) => {
      const key = Object.values(json).find((value) => (value as { dataType?: string }).dataType === 'Key') as { salt: string };
      key.salt = salt;
    });
    await expect(format.read(file, FIXTURE_PASSWORD)).rejects.toThrow(DamagedFileError);
  });

  it('reads the Argon2 settings of the key record, and refuses ones beyond the limits', async () => {
    expect(argon2ParamsOf('$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA')).toEqual({ m: 65536, t: 3, p: 4 });
    expect(argon2ParamsOf('not a PHC string')).toEqual({ m: 19456, t: 2, p: 1 });
    const file = editedJson('authenticator-v3.json', (json) => {
      const key = Object.values(json).find((value) => (value as { dataType?: string }).dataType === 'Key') as { hash: string };
      key.hash = key.hash.replace('m=19456', 'm=1048576');
    });
    await expect(format.read(file, FIXTURE_PASSWORD)).rejects.toThrow(KdfLimitError);
  });

  it('refuses records sealed under more keys than the extension writes, at the first key past the limit', async () => {
    const file = editedJson('authenticator-v3.json', (json) => {
      const key = Object.values(json).find((value) => (value as { dataType?: string }).dataType === 'Key') as { id: string };
      const records = Object.values(json).filter((value) => (value as { dataType?: string }).dataType === 'EncOTPStorage') as { keyId: string }[];
      // Five records, each under a key record of its own: four are derived, the fifth is refused.
      records.slice(0, 5).forEach((record, index) => {
        json[`key ${index}`] = { ...key, id: `key ${index}` };
        record.keyId = `key ${index}`;
      });
    });
    await expect(format.read(file, FIXTURE_PASSWORD)).rejects.toThrow(
      'This file asks for a password check too costly to run in the browser (more than 4 key records): it was not opened.',
    );
  });
});
