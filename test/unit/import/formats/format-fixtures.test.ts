// Each format's fixture file (made by test/fixtures/import/formats/generate.ts from its maker's
// documentation) read through the whole preview: which format it is, and every row with every field
// that maps to an account (issuer, name, type, algorithm, digits, period, counter, secret).
import { describe, expect, it } from 'vitest';
import { findFormat } from '../../../../lib/import/formats';
import { parseOtpauthUri } from '../../../../lib/otp';
import { ACCOUNTS } from '../../../fixtures/import/formats/accounts';
import { EXPECTED } from '../../../fixtures/import/formats/expected';
import { fixtureFiles } from '../../../fixtures/import/formats/generate';
import { asExpectedRows, fixture, importFile } from './import-file';

const FORMAT_OF: Record<string, string> = {
  'bitwarden.json': 'bitwarden-json',
  'bitwarden-organisation.json': 'bitwarden-json',
  'bitwarden-password-protected.json': 'bitwarden-json',
  'bitwarden-account-encrypted.json': 'bitwarden-json',
  'bitwarden.csv': 'bitwarden-csv',
  'bitwarden-organisation-old.csv': 'bitwarden-csv',
  'freeotp-plus.json': 'freeotp-plus',
  'ente-auth-codes-2025-05-17.txt': 'ente-text',
  'ente-auth-encrypted.txt': 'ente-encrypted',
  'ente-auth-encrypted-version-2.txt': 'ente-encrypted',
};

describe('import format fixtures', () => {
  it('are on disk as the generator writes them', () => {
    const generated = fixtureFiles();
    expect(Object.keys(generated).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [name, content] of Object.entries(generated)) expect(fixture(name), name).toBe(content);
  });

  it.each(Object.entries(FORMAT_OF))('recognises %s as %s', (name, id) => {
    expect(findFormat(fixture(name).slice(0, 65_536), name)?.id).toBe(id);
  });

  it.each(Object.keys(EXPECTED))('reads %s into the expected rows, every field of every account', async (name) => {
    expect(asExpectedRows(await importFile(name, fixture(name)))).toEqual(EXPECTED[name]);
  });

  it('flags the accounts the vault already holds as duplicates, by key and not by name', async () => {
    const renamed = parseOtpauthUri(`otpauth://totp/Renamed:me?secret=${ACCOUNTS.bank.secret}`);
    const { rows, accounts } = await importFile('bitwarden.csv', fixture('bitwarden.csv'), [renamed]);
    expect(rows[0]).toEqual({
      entry: 'bitwarden.csv, line 2',
      status: 'duplicate',
      issuer: 'Example Bank',
      label: 'ann@example.org',
      reason: 'Already in the vault as Renamed (me).',
    });
    expect(accounts.map((account) => account.issuer)).not.toContain('Example Bank');
  });

  it('reads a file whose editor added a byte-order mark', async () => {
    const { rows } = await importFile('freeotp-plus.json', `\uFEFF${fixture('freeotp-plus.json')}`);
    expect(rows.map((row) => row.status)).toEqual(EXPECTED['freeotp-plus.json']!.map((row) => row.status));
  });

  it('reads an Ente export under another name, by its content', async () => {
    const { rows } = await importFile('my codes.txt', fixture('ente-auth-codes-2025-05-17.txt'));
    expect(rows.map((row) => row.status)).toEqual(['new', 'new', 'new', 'new', 'new', 'skipped', 'skipped', 'skipped']);
  });
});
