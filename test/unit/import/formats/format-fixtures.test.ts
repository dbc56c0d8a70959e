// Every format's fixture files (made by test/fixtures/import/formats/generate.ts from their makers'
// documentation): on disk as the generators write them, claimed by the right format, and, for the
// files whose rows are written out in expected.ts, read through the whole preview with every field
// that maps to an account (issuer, name, type, algorithm, digits, period, counter, secret). The
// other formats' tests (./*-format.test.ts) check their files account by account.
import { describe, expect, it } from 'vitest';
import { detectImportFormat, openImportFile } from '../../../../lib/import/formats';
import { parseOtpauthUri } from '../../../../lib/otp';
import { ACCOUNTS } from '../../../fixtures/import/formats/accounts';
import { EXPECTED } from '../../../fixtures/import/formats/expected';
import { fixtureFiles } from '../../../fixtures/import/formats/generate';
import { fixtureBytes } from './fixture-checks';
import { asExpectedRows, fixture, importFile } from './import-file';

const FORMAT_OF: Record<string, string> = {
  'aegis-plain.json': 'aegis',
  'aegis-encrypted.json': 'aegis',
  '2fas-schema1.2fas': '2fas',
  '2fas-schema2.2fas': '2fas',
  '2fas-schema3.2fas': '2fas',
  '2fas-schema4.2fas': '2fas',
  '2fas-encrypted-schema2.2fas': '2fas',
  '2fas-encrypted-schema4.2fas': '2fas',
  'otp_accounts.json': 'andotp',
  'otp_accounts.json.aes': 'andotp',
  'otp_accounts_old.json.aes': 'andotp',
  'authenticator-plain.json': 'authenticator-extension',
  'authenticator-v1.json': 'authenticator-extension',
  'authenticator-v2.json': 'authenticator-extension',
  'authenticator-v3.json': 'authenticator-extension',
  'proton-authenticator.json': 'proton-authenticator',
  'proton-authenticator-encrypted.json': 'proton-authenticator',
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
  it('are on disk as the generators write them, each claimed by a format', () => {
    const generated = fixtureFiles();
    expect(Object.keys(generated).sort()).toEqual(Object.keys(FORMAT_OF).sort());
    for (const [name, content] of Object.entries(generated)) expect(Buffer.from(fixtureBytes(name)).equals(Buffer.from(content)), name).toBe(true);
  });

  it.each(Object.entries(FORMAT_OF))('recognises %s as %s', (name, id) => {
    expect(detectImportFormat(openImportFile(name, fixtureBytes(name)))?.id).toBe(id);
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
