// Files cut short or altered after export, and files from versions this reader does not know:
// each is refused with a sentence (the whole file, or the entry that is wrong), and what is left
// intact of a text format still reads as it was.
import { describe, expect, it } from 'vitest';
import { EXPECTED } from '../../../fixtures/import/formats/expected';
import { asExpectedRows, fixture, importFile } from './import-file';

const JSON_FIXTURES = ['bitwarden.json', 'bitwarden-organisation.json', 'freeotp-plus.json', 'bitwarden-password-protected.json', 'ente-auth-encrypted.txt'];

/** About 40 places to cut each file, its first and last characters included. */
function cuts(length: number): number[] {
  const step = Math.max(1, Math.floor(length / 40));
  const offsets = new Set([1, length - 1]);
  for (let at = step; at < length - 1; at += step) offsets.add(at);
  return [...offsets].sort((a, b) => a - b);
}

describe('JSON exports cut short', () => {
  it.each(JSON_FIXTURES)('%s: every cut is one refused row for the file, nothing imported', async (name) => {
    const text = fixture(name);
    for (const at of cuts(text.length)) {
      const { rows, accounts } = await importFile(name, text.slice(0, at));
      expect(accounts, `cut at ${at}`).toEqual([]);
      expect(rows, `cut at ${at}`).toEqual([{ entry: name, status: 'invalid', issuer: '', label: '', reason: expect.stringMatching(/^This .+\.$/u) }]);
    }
  });

  it('says a cut JSON export is damaged or incomplete', async () => {
    const { rows } = await importFile('bitwarden.json', fixture('bitwarden.json').slice(0, 500));
    expect(rows[0]?.reason).toBe('This Bitwarden export is damaged or incomplete: it is not valid JSON.');
  });
});

describe('text exports cut short', () => {
  const CSV_CUT = 'This Bitwarden export is damaged or incomplete: a quoted field is never closed.';

  it('Ente: the lines before the cut read as they were, and the cut line is refused', async () => {
    const name = 'ente-auth-codes-2025-05-17.txt';
    const text = fixture(name);
    for (const at of cuts(text.length)) {
      const kept = text.slice(0, at);
      const whole = kept.split('\n').length - 1;
      const rows = asExpectedRows(await importFile(name, kept));
      expect(rows.slice(0, whole), `cut at ${at}`).toEqual(EXPECTED[name]!.slice(0, whole));
      if (!kept.endsWith('\n')) {
        // Before the first line is whole, the file is not even known to be Ente's: it is no link.
        const reason = whole === 0 && !/codeDisplay=/u.test(kept) ? expect.any(String) : expect.stringContaining('cut short');
        expect(rows[whole], `cut at ${at}`).toMatchObject({ status: 'invalid', reason });
      }
    }
  });

  it('Bitwarden CSV: the records before the cut read as they were, unless the cut leaves a quote open', async () => {
    const name = 'bitwarden.csv';
    const text = fixture(name);
    for (const at of cuts(text.length)) {
      const kept = text.slice(0, at);
      const rows = asExpectedRows(await importFile(name, kept));
      if (rows[0]?.entry === name) {
        expect(rows, `cut at ${at}`).toEqual([{ entry: name, status: 'invalid', issuer: '', label: '', reason: CSV_CUT }]);
        continue;
      }
      // A record that starts after the last line break before the cut is whole; the one cut may not be.
      const lastLine = kept.split('\n').length;
      const whole = EXPECTED[name]!.filter((row) => Number(/line (\d+)$/u.exec(row.entry)?.[1]) < lastLine - 1);
      expect(rows.slice(0, whole.length), `cut at ${at}`).toEqual(whole);
    }
  });

  it('Bitwarden CSV: a quoted field that never ends refuses the file', async () => {
    const text = fixture('bitwarden.csv');
    const { rows } = await importFile('bitwarden.csv', text.slice(0, text.indexOf('of ""notes""')));
    expect(rows).toEqual([{ entry: 'bitwarden.csv', status: 'invalid', issuer: '', label: '', reason: CSV_CUT }]);
  });
});

describe('altered exports', () => {
  const bitwarden = () => JSON.parse(fixture('bitwarden.json')) as { encrypted: unknown; items: Record<string, unknown>[] };
  const freeOtp = () => JSON.parse(fixture('freeotp-plus.json')) as { tokens: Record<string, unknown>[]; tokenOrder: string[] };

  it.each([
    { what: 'items that are not a list', alter: (file: ReturnType<typeof bitwarden>) => ({ ...file, items: {} }) },
    { what: "'encrypted' that is neither true nor false", alter: (file: ReturnType<typeof bitwarden>) => ({ ...file, encrypted: 'no' }) },
  ])('Bitwarden JSON with $what is refused whole', async ({ alter }) => {
    const { rows } = await importFile('bitwarden.json', JSON.stringify(alter(bitwarden()), null, 2));
    expect(rows).toEqual([
      { entry: 'bitwarden.json', status: 'invalid', issuer: '', label: '', reason: 'This file is not a Bitwarden export that this version of OTP Companion can read.' },
    ]);
  });

  it('Bitwarden JSON: an item that is not an object is left out, a TOTP field that is not text is refused', async () => {
    const file = bitwarden();
    file.items[0] = 'not an item' as unknown as Record<string, unknown>;
    (file.items[2]!.login as Record<string, unknown>).totp = 123456;
    const { rows } = await importFile('bitwarden.json', JSON.stringify(file, null, 2));
    expect(rows[0]).toEqual({
      entry: 'bitwarden.json, item 3',
      status: 'invalid',
      issuer: 'Cloud Ünïcode',
      label: 'ops:admin',
      reason: 'The TOTP field of this item is not text.',
    });
    expect(rows).toHaveLength(EXPECTED['bitwarden.json']!.length - 1);
  });

  it('FreeOTP+: a secret that is not a list of bytes, or a number of digits that is text, refuses that token', async () => {
    const file = freeOtp();
    file.tokens[0]!.secret = [1, 2, 300];
    file.tokens[1]!.digits = '8';
    const { rows } = await importFile('freeotp-plus.json', JSON.stringify(file));
    expect(rows.find((row) => row.entry === 'freeotp-plus.json, token 1')).toMatchObject({
      status: 'invalid',
      reason: "This token's secret cannot be read: it is not a list of bytes.",
    });
    expect(rows.find((row) => row.entry === 'freeotp-plus.json, token 2')).toMatchObject({ status: 'invalid', reason: 'Digits must be 6, 7 or 8.' });
  });

  it('FreeOTP+: a file without its token list is refused whole', async () => {
    const { rows } = await importFile('freeotp-plus.json', JSON.stringify({ tokenOrder: [], tokens: 'none' }));
    expect(rows[0]?.reason).toBe('This file is not a FreeOTP+ export that this version of OTP Companion can read.');
  });

  it('Ente: a damaged codeDisplay leaves the code as it is', async () => {
    const line = fixture('ente-auth-codes-2025-05-17.txt').split('\n')[0]!.replace(/codeDisplay=[^&]*/u, 'codeDisplay=%7Bnot%20json');
    const { rows } = await importFile('ente-auth-codes-2025-05-17.txt', `${line}\n`);
    expect(rows.map((row) => row.status)).toEqual(['new']);
  });

  it('Bitwarden CSV without a login_totp column is not taken for a Bitwarden export', async () => {
    const { rows } = await importFile('export.csv', 'folder,favorite,type,name,login_username\n,,login,Bank,ann\n');
    expect(rows).toEqual([{ entry: 'export.csv, line 1', status: 'invalid', issuer: '', label: '', reason: 'This is not an otpauth:// link.' }, expect.anything()]);
  });
});

describe('versions this reader does not know', () => {
  it('an Ente encrypted export of a newer version names its version', async () => {
    const { rows } = await importFile('ente-auth-encrypted-version-2.txt', fixture('ente-auth-encrypted-version-2.txt'));
    expect(rows[0]?.reason).toBe('This Ente Auth export has format version 2, newer than the versions this import reads (1).');
  });

  it('a FreeOTP+ token of a kind the vault cannot compute is skipped, its kind named', async () => {
    const { rows } = await importFile('freeotp-plus.json', fixture('freeotp-plus.json'));
    expect(rows.find((row) => row.entry === 'freeotp-plus.json, token 7')).toMatchObject({
      status: 'skipped',
      reason: 'Yandex Key codes are not supported, so this account is skipped.',
    });
  });

  it('an Ente code of a type the vault cannot compute is skipped, named', async () => {
    const { rows } = await importFile('ente-auth-codes-2025-05-17.txt', fixture('ente-auth-codes-2025-05-17.txt'));
    expect(rows.at(-1)).toMatchObject({ status: 'skipped', reason: 'Yandex Key codes are not supported, so this account is skipped.' });
  });

  it('an Ente code of a type no app here knows is skipped, its type named', async () => {
    const line = 'otpauth://hhotp/Lab:kit?secret=JBSWY3DPEHPK3PXP&codeDisplay=%7B%7D\n';
    const { rows } = await importFile('ente-auth-codes-2025-05-17.txt', line);
    expect(rows).toMatchObject([{ status: 'skipped', issuer: 'Lab', label: 'kit', reason: "This account's kind of code (hhotp) is not supported, so it is skipped." }]);
  });

  it('a JSON export of a kind not read here is refused, naming the kinds that are', async () => {
    const { rows } = await importFile('vault.json', JSON.stringify({ version: 3, header: {}, db: { entries: [] } }));
    expect(rows).toEqual([
      {
        entry: 'vault.json',
        status: 'invalid',
        issuer: '',
        label: '',
        reason: 'This JSON file is not an export OTP Companion can read (it reads: Aegis, 2FAS, Proton Authenticator, Authenticator extension, Bitwarden, FreeOTP+, Ente Auth, andOTP).',
      },
    ]);
  });
});
