// Aegis vault exports, plain and encrypted (scrypt → AES-GCM slot → AES-GCM content).
import { describe, expect, it } from 'vitest';
import { aegisFormat } from '../../../../lib/import/formats/aegis/aegis-format';
import { DamagedFileError, KdfLimitError, UnsupportedFileError, UnsupportedVersionError, WrongPasswordError } from '../../../../lib/import/formats/format-errors';
import type { FormatEntry } from '../../../../lib/import/formats';
import { FIXTURE_PASSWORD } from '../../../fixtures/import/formats/fixture-accounts';
import { editedJson, expectFixtureAccount, expectSkipped, fixtureFile, truncated } from './fixture-checks';

const PLAIN = 'aegis-plain.json';
const ENCRYPTED = 'aegis-encrypted.json';

async function expectAegisAccounts(entries: FormatEntry[]): Promise<void> {
  expect(entries).toHaveLength(7);
  for (const [index, key] of (['forge', 'cloud', 'bank', 'door'] as const).entries()) await expectFixtureAccount(entries[index], 'aegis', key);
  expectSkipped(entries[4], { issuer: 'Steam', label: 'gamer' }, /^Steam Guard codes are not supported/u);
  expectSkipped(entries[5], { issuer: 'Yandex', label: 'mail' }, /^Yandex Key codes are not supported/u);
  expectSkipped(entries[6], { issuer: 'Corp', label: 'vpn' }, /^mOTP codes are not supported/u);
}

/** The encrypted fixture with one byte of a Base64 field's bytes changed. */
function flipBase64(text: string, at: number): string {
  const bytes = Buffer.from(text, 'base64');
  bytes[at] = (bytes[at] ?? 0) ^ 0x80;
  return bytes.toString('base64');
}

type Slot = Record<string, unknown>;
const slotsOf = (json: Record<string, unknown>) => (json.header as { slots: Slot[] }).slots;

describe('Aegis vault', () => {
  it('is recognised, plain or encrypted', () => {
    expect(aegisFormat.detect(fixtureFile(PLAIN))).toBe(true);
    expect(aegisFormat.isEncrypted(fixtureFile(PLAIN))).toBe(false);
    expect(aegisFormat.detect(fixtureFile(ENCRYPTED))).toBe(true);
    expect(aegisFormat.isEncrypted(fixtureFile(ENCRYPTED))).toBe(true);
  });

  it('reads every field of a plain vault; Steam, Yandex and mOTP entries are skipped with their reason', async () => {
    await expectAegisAccounts(await aegisFormat.read(fixtureFile(PLAIN)));
  });

  it('opens an encrypted vault through its password slot, passing over the biometric one', async () => {
    await expectAegisAccounts(await aegisFormat.read(fixtureFile(ENCRYPTED), FIXTURE_PASSWORD));
  });

  it('says a wrong password does not open the file', async () => {
    await expect(aegisFormat.read(fixtureFile(ENCRYPTED), 'correct horse battery staple')).rejects.toThrow(WrongPasswordError);
  });

  it('calls an altered content damaged once the password opened a slot', async () => {
    const file = editedJson(ENCRYPTED, (json) => {
      json.db = flipBase64(json.db as string, 10);
    });
    await expect(aegisFormat.read(file, FIXTURE_PASSWORD)).rejects.toThrow(DamagedFileError);
  });

  it('cannot tell an altered slot from a wrong password, and says the password does not open the file', async () => {
    const file = editedJson(ENCRYPTED, (json) => {
      const slot = slotsOf(json)[1]!;
      slot.key = `${(slot.key as string).slice(0, -2)}00`;
    });
    await expect(aegisFormat.read(file, FIXTURE_PASSWORD)).rejects.toThrow(WrongPasswordError);
  });

  it('reads a truncated file as damaged', async () => {
    await expect(aegisFormat.read(truncated(ENCRYPTED, 2000), FIXTURE_PASSWORD)).rejects.toThrow(DamagedFileError);
    const cutDb = editedJson(ENCRYPTED, (json) => {
      json.db = (json.db as string).slice(0, 40);
    });
    await expect(aegisFormat.read(cutDb, FIXTURE_PASSWORD)).rejects.toThrow(DamagedFileError);
  });

  it('refuses newer file and content versions with a sentence', async () => {
    const newerFile = editedJson(PLAIN, (json) => {
      json.version = 2;
    });
    await expect(aegisFormat.read(newerFile)).rejects.toThrow(
      new UnsupportedVersionError(() => 'This Aegis vault', 2, 1),
    );
    const newerContent = editedJson(PLAIN, (json) => {
      (json.db as Record<string, unknown>).version = 4;
    });
    await expect(aegisFormat.read(newerContent)).rejects.toThrow('This Aegis vault has format version 4, newer than the versions this import reads (1 to 3).');
  });

  it('refuses scrypt settings beyond the limits before deriving anything', async () => {
    const huge = editedJson(ENCRYPTED, (json) => {
      slotsOf(json)[1]!.n = 2 ** 21;
    });
    await expect(aegisFormat.read(huge, FIXTURE_PASSWORD)).rejects.toThrow(
      'This file asks for a password check too costly to run in the browser (scrypt N above 2^20): it was not opened.',
    );
    const memory = editedJson(ENCRYPTED, (json) => {
      slotsOf(json)[1]!.r = 32;
      slotsOf(json)[1]!.n = 2 ** 17;
    });
    await expect(aegisFormat.read(memory, FIXTURE_PASSWORD)).rejects.toThrow(KdfLimitError);
  });

  it('refuses a vault with more password slots than any Aegis writes, before deriving anything', async () => {
    const many = editedJson(ENCRYPTED, (json) => {
      const slots = slotsOf(json);
      // Each its own salt: five scrypt runs of the app's cost.
      for (let index = 0; index < 4; index++) slots.push({ ...slots[1]!, salt: (slots[1]!.salt as string).replace(/^../u, index.toString(16).padStart(2, '0')) });
    });
    await expect(aegisFormat.read(many, FIXTURE_PASSWORD)).rejects.toThrow(
      'This file asks for a password check too costly to run in the browser (more than 4 password slots): it was not opened.',
    );
  });

  it('says a vault with only a fingerprint unlock cannot be opened here', async () => {
    const file = editedJson(ENCRYPTED, (json) => {
      (json.header as { slots: Slot[] }).slots = slotsOf(json).slice(0, 1);
    });
    await expect(aegisFormat.read(file, FIXTURE_PASSWORD)).rejects.toThrow(UnsupportedFileError);
  });
});
