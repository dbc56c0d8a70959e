// Files made to be heavy: more entries than any authenticator holds, or more bytes than any export
// of the format. Each is refused with a sentence before the work the limit bounds: no account is
// converted (counted here, call by call) and an oversized file is not read.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EXPORT_FILE_BYTES, MAX_FILE_ROWS } from '../../../../lib/import/limits';
import { readImportSources } from '../../../../lib/import/read-sources';
import { secretOf } from '../../../fixtures/import/formats/accounts';

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
  it('refuses a FreeOTP+ export over its 5 MB without reading it whole', async () => {
    const padding = ' '.repeat(5 * 1024 * 1024);
    const file = new Blob([`{"tokens":[],${padding}"tokenOrder":[]}`]);
    const read = vi.spyOn(file, 'text');
    expect(await readImportSources([{ kind: 'file', name: 'big.json', file }])).toEqual([
      { entry: 'big.json', reason: 'This FreeOTP+ export (JSON) is too large (5.1 MB; at most 5 MB).' },
    ]);
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses any file over 20 MB after reading only the bytes that tell a picture', async () => {
    const slices: number[] = [];
    const file = {
      size: MAX_EXPORT_FILE_BYTES + 1,
      slice: (start: number, end: number) => {
        slices.push(end - start);
        return new Blob(['{"encrypted": false, "items": []}'.slice(start, end)]);
      },
      text: vi.fn(),
    } as unknown as Blob;
    expect(await readImportSources([{ kind: 'file', name: 'huge.json', file }])).toEqual([
      { entry: 'huge.json', reason: 'This file is too large to import (20.1 MB; at most 20 MB).' },
    ]);
    expect(slices).toEqual([18]);
    expect(file.text).not.toHaveBeenCalled();
  });

  it('refuses a text file of links over 1 MB without reading it', async () => {
    const file = new Blob([`otpauth://totp/a?secret=${SECRET}\n`.repeat(30_000)]);
    const read = vi.spyOn(file, 'text');
    expect(await readImportSources([{ kind: 'file', name: 'links.txt', file }])).toEqual([
      { entry: 'links.txt', reason: 'This file is too large to be a list of links (1 MB at most).' },
    ]);
    expect(read).not.toHaveBeenCalled();
  });
});
