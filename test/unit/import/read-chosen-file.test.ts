// A chosen or dropped file through the whole page half of the import: an export when a format
// claims it (asking for its password first), a list of links otherwise, and the preview's rows.
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../lib/import/classify';
import { PasswordNeededError, WrongPasswordError } from '../../../lib/import/formats/format-errors';
import { linksToCheck, previewRows } from '../../../lib/import/preview-rows';
import { readImportSources } from '../../../lib/import/read-sources';
import { FIXTURE_PASSWORD } from '../../fixtures/import/formats/fixture-accounts';
import { fixtureBytes } from './formats/fixture-checks';

const fileSource = (name: string, bytes: Uint8Array<ArrayBuffer> | string, password?: string) =>
  ({ kind: 'file', name, file: new Blob([bytes]), ...(password !== undefined && { password }) }) as const;

describe('reading a chosen file', () => {
  it('asks for the password of an encrypted export, naming the file and the app', async () => {
    const reading = readImportSources([fileSource('vault.json', fixtureBytes('proton-authenticator-encrypted.json'))]);
    await expect(reading).rejects.toThrow(PasswordNeededError);
    await expect(reading).rejects.toThrow('vault.json is an encrypted Proton Authenticator export: enter its password to read it.');
  });

  it('ends the preview on a wrong password', async () => {
    await expect(readImportSources([fileSource('backup.2fas', fixtureBytes('2fas-encrypted-schema4.2fas'), 'nope')])).rejects.toThrow(
      WrongPasswordError,
    );
  });

  it('previews an encrypted export: new accounts, and Steam skipped with its reason', async () => {
    const entries = await readImportSources([fileSource('backup.2fas', fixtureBytes('2fas-encrypted-schema4.2fas'), FIXTURE_PASSWORD)]);
    const rows = previewRows(entries, planImport(linksToCheck(entries), []).items);
    expect(rows.map((row) => [row.entry, row.status, row.issuer, row.label])).toEqual([
      ['backup.2fas, account 1', 'new', 'Forge', 'dev@example.org'],
      ['backup.2fas, account 2', 'new', 'Cloud Über', 'ops'],
      ['backup.2fas, account 3', 'new', 'Bank', 'carol'],
      ['backup.2fas, account 4', 'new', 'Door', 'front'],
      ['backup.2fas, account 5', 'skipped', 'Steam', 'gamer'],
    ]);
    expect(rows[4]?.reason).toBe('Steam Guard codes are not supported, so this account is skipped.');
  });

  it('flags what the vault already holds as duplicates', async () => {
    const entries = await readImportSources([fileSource('accounts.json', fixtureBytes('otp_accounts.json'))]);
    const uris = linksToCheck(entries);
    const vault = planImport(uris.slice(0, 1), []).accounts;
    const rows = previewRows(entries, planImport(uris, vault).items);
    expect(rows[0]).toMatchObject({ status: 'duplicate', reason: 'Already in the vault as Forge (dev@example.org).' });
    expect(rows[1]).toMatchObject({ status: 'new' });
  });

  it('turns a damaged export into one row with its reason, and the other sources still read', async () => {
    const newer = new TextEncoder().encode(new TextDecoder().decode(fixtureBytes('2fas-schema3.2fas')).replace('"schemaVersion":3', '"schemaVersion":9'));
    const entries = await readImportSources([
      fileSource('future.2fas', newer),
      { kind: 'pasted', text: 'otpauth://totp/Shop:ann?secret=JBSWY3DPEHPK3PXP' },
    ]);
    expect(entries).toEqual([
      { entry: 'future.2fas', reason: 'This 2FAS backup has format version 9, newer than the versions this import reads (1 to 4).' },
      { entry: 'Line 1', uri: 'otpauth://totp/Shop:ann?secret=JBSWY3DPEHPK3PXP' },
    ]);
  });

  it('reads a file no format claims as links, and refuses JSON or binary it does not know in one row', async () => {
    expect(await readImportSources([fileSource('links.txt', '# mine\r\notpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP')])).toEqual([
      { entry: 'links.txt, line 2', uri: 'otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP' },
    ]);
    expect(await readImportSources([fileSource('other.json', '{"items": []}')])).toEqual([
      { entry: 'other.json', reason: expect.stringMatching(/^This JSON file is not an export OTP Companion can read \(it reads: Aegis, 2FAS, .*\)\.$/u) },
    ]);
    expect(await readImportSources([fileSource('data.bin', new Uint8Array([0x00, 0x01, 0xfe, 0x00]))])).toEqual([
      { entry: 'data.bin', reason: 'This file is neither a picture, a list of otpauth:// links nor an export this import reads.' },
    ]);
  });
});
