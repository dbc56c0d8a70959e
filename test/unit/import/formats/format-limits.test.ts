// Files made to be heavy: more entries than any authenticator holds, or more bytes than any export
// of the format. Each is refused with a sentence before the work the limit bounds: no account is
// converted (counted here, call by call), a file over a format's size is not read as that format,
// and one over the size of every format is not read at all.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EXPORT_FILE_BYTES, MAX_FILE_ROWS } from '../../../../lib/import/limits';
import { readImportSources } from '../../../../lib/import/read-sources';
import { detectImportFormat, openImportFile } from '../../../../lib/import/formats';
import { secretOf } from '../../../fixtures/import/formats/accounts';
import { fixtureBytes } from './fixture-checks';

/** Calls into the OTP core that turn an entry into an account: the work a file's entries cost. */
const work = vi.hoisted(() => ({ conversions: 0 }));

vi.mock('../../../../lib/otp', async (importOriginal) => {
  const otp = await importOriginal<typeof import('../../../../lib/otp')>();
  const counted = <A extends unknown[], R>(call: (...args: A) => R) => (...args: A) => {
    work.conversions++;
    return call(...args);
  };
  return {
    ...otp,
    formatOtpauthUri: counted(otp.formatOtpauthUri),
    parseOtpauthUri: counted(otp.parseOtpauthUri),
    decodeBase32: counted(otp.decodeBase32),
  };
});

beforeEach(() => {
  work.conversions = 0;
});

const SECRET = secretOf('a key for many rows');
const range = (count: number) => Array.from({ length: count }, (_, index) => index);

const MANY: Record<string, (count: number) => { name: string; text: string }> = {
  'Bitwarden JSON': (count) => ({
    name: 'bitwarden.json',
    text: JSON.stringify({ encrypted: false, folders: [], items: range(count).map((n) => ({ type: 1, name: `Site ${n}`, login: { username: 'u', totp: SECRET } })) }),
  }),
  'Bitwarden CSV': (count) => ({
    name: 'bitwarden.csv',
    text: ['type,name,login_username,login_totp', ...range(count).map((n) => `login,Site ${n},u,${SECRET}`)].join('\n'),
  }),
  'FreeOTP+': (count) => ({
    name: 'freeotp-plus.json',
    text: JSON.stringify({ tokens: range(count).map((n) => ({ type: 'TOTP', algo: 'SHA1', digits: 6, period: 30, counter: 0, issuerExt: `Site ${n}`, label: 'u', secret: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })) }),
  }),
  'Ente Auth': (count) => ({
    name: 'ente-auth-codes-2025-05-17.txt',
    text: range(count).map((n) => `otpauth://totp/Site%20${n}:u?secret=${SECRET}&codeDisplay=%7B%7D\n`).join(''),
  }),
  Aegis: (count) => ({
    name: 'aegis-export.json',
    text: JSON.stringify({
      version: 1,
      header: { slots: null, params: null },
      db: { version: 3, entries: range(count).map((n) => ({ type: 'totp', name: 'u', issuer: `Site ${n}`, info: { secret: SECRET, algo: 'SHA1', digits: 6, period: 30 } })) },
    }),
  }),
  '2FAS': (count) => ({
    name: 'backup.2fas',
    text: JSON.stringify({ services: range(count).map((n) => ({ name: `Site ${n}`, secret: SECRET, otp: { account: 'u', digits: 6, period: 30, algorithm: 'SHA1', tokenType: 'TOTP' } })), schemaVersion: 4 }),
  }),
  andOTP: (count) => ({
    name: 'otp_accounts.json',
    text: JSON.stringify(range(count).map((n) => ({ secret: SECRET, issuer: `Site ${n}`, label: 'u', digits: 6, type: 'TOTP', algorithm: 'SHA1', period: 30 }))),
  }),
  'Authenticator extension': (count) => ({
    name: 'authenticator.json',
    text: JSON.stringify(Object.fromEntries(range(count).map((n) => [`h${n}`, { dataType: 'OTPStorage', account: 'u', issuer: `Site ${n}`, secret: SECRET, type: 'totp', index: n }]))),
  }),
  'Proton Authenticator': (count) => ({
    name: 'proton.json',
    text: JSON.stringify({ version: 1, entries: range(count).map((n) => ({ id: `e${n}`, content: { uri: `otpauth://totp/Site%20${n}:u?secret=${SECRET}`, entry_type: 'Totp', name: 'u' }, note: null })) }),
  }),
};

describe('one file, many entries', () => {
  it.each(Object.keys(MANY))('%s: 1,001 entries are refused by their number, none converted', async (format) => {
    const { name, text } = MANY[format]!(MAX_FILE_ROWS + 1);
    expect(await readImportSources([{ kind: 'file', name, file: new Blob([text]) }])).toEqual([
      { entry: name, reason: 'This file holds more than 1,000 accounts: split it and import the parts one after the other.' },
    ]);
    expect(work.conversions).toBe(0);
  });

  it.each(Object.keys(MANY))('%s: 1,000 entries are read', async (format) => {
    const { name, text } = MANY[format]!(MAX_FILE_ROWS);
    const entries = await readImportSources([{ kind: 'file', name, file: new Blob([text]) }]);
    expect(entries).toHaveLength(MAX_FILE_ROWS);
    expect(entries.every((entry) => 'uri' in entry)).toBe(true);
    // The count above is of real work: each entry read is at least one conversion.
    expect(work.conversions).toBeGreaterThanOrEqual(MAX_FILE_ROWS);
  });
});

describe('one file, many bytes', () => {
  /** A fixture of each format, grown past the format's size by what the format ignores at its end. */
  const OF_EACH_FORMAT = [
    'aegis-plain.json', '2fas-schema4.2fas', 'otp_accounts.json.aes', 'authenticator-plain.json', 'proton-authenticator.json',
    'bitwarden.json', 'bitwarden.csv', 'freeotp-plus.json', 'ente-auth-codes-2025-05-17.txt', 'ente-auth-encrypted.txt',
  ];

  it.each(OF_EACH_FORMAT)('refuses %s grown past its format\'s size, before reading any of its accounts', async (name) => {
    const bytes = fixtureBytes(name);
    const format = detectImportFormat(openImportFile(name, bytes))!;
    const padding = new Uint8Array(format.maxBytes + 1 - bytes.length).fill(name.endsWith('.aes') ? 0 : 0x20);
    const [row, ...others] = await readImportSources([{ kind: 'file', name, file: new Blob([bytes, padding]) }]);
    expect(others).toEqual([]);
    // Aegis's size is every format's: such a file is not read at all.
    const reason = format.maxBytes === MAX_EXPORT_FILE_BYTES ? 'This file is too large to import' : `This ${format.name} export is too large`;
    expect(row).toEqual({ entry: name, reason: expect.stringMatching(new RegExp(`^${reason.replace(/[+]/gu, '\\+')} \\(`, 'u')) });
    expect(work.conversions).toBe(0);
  });


  it('refuses a FreeOTP+ export over its 5 MB before reading any of its tokens', async () => {
    const { text } = MANY['FreeOTP+']!(10);
    const file = new Blob([text.replace(/\}$/u, `${' '.repeat(5 * 1024 * 1024)}}`)]);
    expect(await readImportSources([{ kind: 'file', name: 'big.json', file }])).toEqual([
      { entry: 'big.json', reason: 'This FreeOTP+ export is too large (5.1 MB; at most 5 MB).' },
    ]);
    expect(work.conversions).toBe(0);
  });

  it('refuses any file over 32 MB after reading only the bytes that tell a picture', async () => {
    const slices: number[] = [];
    const file = {
      size: MAX_EXPORT_FILE_BYTES + 1,
      slice: (start: number, end: number) => {
        slices.push(end - start);
        return new Blob(['{"encrypted": false, "items": []}'.slice(start, end)]);
      },
      text: vi.fn(),
      arrayBuffer: vi.fn(),
    } as unknown as Blob;
    expect(await readImportSources([{ kind: 'file', name: 'huge.json', file }])).toEqual([
      { entry: 'huge.json', reason: 'This file is too large to import (32.1 MB; at most 32 MB).' },
    ]);
    expect(slices).toEqual([18]);
    expect(file.text).not.toHaveBeenCalled();
    expect(file.arrayBuffer).not.toHaveBeenCalled();
  });

  it('refuses a text file of links over 1 MB before reading any of its lines', async () => {
    const file = new Blob([`otpauth://totp/a?secret=${SECRET}\n`.repeat(30_000)]);
    expect(await readImportSources([{ kind: 'file', name: 'links.txt', file }])).toEqual([
      { entry: 'links.txt', reason: 'This file is too large to be a list of links (1 MB at most).' },
    ]);
    expect(work.conversions).toBe(0);
  });
});
