// Google Authenticator export links: each case states its payload field by field (built with the
// protobuf wire writer) and what the parser must make of it.
import { describe, expect, it } from 'vitest';
import {
  decodeBase32,
  encodeBase32,
  formatOtpauthUri,
  parseMigrationUri,
  parseOtpauthUri,
  type MigrationEntry,
  type OtpAccount,
} from '../../../lib/otp';
import {
  migrationUri,
  SECRET_10,
  SECRET_20,
  SECRET_32,
  type OtpParametersInput,
} from '../../fixtures/import/migration-payload';

function single(parameters: OtpParametersInput): MigrationEntry {
  const { entries } = parseMigrationUri(migrationUri({ parameters: [parameters] }));
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

function account(parameters: OtpParametersInput): OtpAccount {
  const entry = single(parameters);
  if (!entry.ok) throw new Error(`expected a usable entry, got: ${entry.error.message}`);
  return entry.account;
}

function refusal(parameters: OtpParametersInput) {
  const entry = single(parameters);
  if (entry.ok) throw new Error('expected a refused entry');
  return { reason: entry.error.reason, message: entry.error.message, issuer: entry.issuer, label: entry.label };
}

describe('otpauth-migration accounts', () => {
  it.each([
    {
      what: 'a TOTP key with a 10-byte secret and UTF-8 names',
      input: { secret: SECRET_10, name: 'zoë@example.org', issuer: 'Bänk 🏦', algorithm: 1, digits: 1, type: 2 },
      expected: { type: 'totp', issuer: 'Bänk 🏦', label: 'zoë@example.org', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 },
    },
    {
      what: 'a 32-byte SHA-256 key with eight digits',
      input: { secret: SECRET_32, name: 'ops', issuer: 'Cloud', algorithm: 2, digits: 2, type: 2 },
      expected: { type: 'totp', issuer: 'Cloud', label: 'ops', algorithm: 'SHA256', digits: 8, period: 30, counter: 0 },
    },
    {
      what: 'SHA-512',
      input: { secret: SECRET_20, name: 'x', algorithm: 3, type: 2 },
      expected: { algorithm: 'SHA512', issuer: '', label: 'x' },
    },
    {
      what: 'HOTP at the largest counter a JS number holds exactly',
      input: { secret: SECRET_20, name: 'token', type: 1, counter: 2n ** 53n - 1n },
      expected: { type: 'hotp', counter: Number.MAX_SAFE_INTEGER, period: 30 },
    },
    {
      what: 'unspecified algorithm, digits and type: SHA-1, 6 digits, TOTP',
      input: { secret: SECRET_20, name: 'defaults' },
      expected: { type: 'totp', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 },
    },
    {
      what: 'a counter on a TOTP key is ignored',
      input: { secret: SECRET_20, name: 'time', type: 2, counter: 99 },
      expected: { type: 'totp', counter: 0 },
    },
    {
      what: '"issuer:name" without an issuer field is split like an otpauth label',
      input: { secret: SECRET_20, name: 'GitHub: alice' },
      expected: { issuer: 'GitHub', label: 'alice' },
    },
    {
      what: 'a name prefix repeating the issuer is dropped',
      input: { secret: SECRET_20, name: 'github:alice', issuer: 'GitHub' },
      expected: { issuer: 'GitHub', label: 'alice' },
    },
    {
      what: 'a colon that is not the issuer stays in the name',
      input: { secret: SECRET_20, name: 'Work: alice', issuer: 'Slack' },
      expected: { issuer: 'Slack', label: 'Work: alice' },
    },
    {
      what: 'an issuer without a name names the account',
      input: { secret: SECRET_20, issuer: 'Lonely' },
      expected: { issuer: 'Lonely', label: 'Lonely' },
    },
    {
      what: 'fields of a newer format are skipped',
      input: { secret: SECRET_20, name: 'new', issuer: 'Future', digits: 2, unknownFields: true },
      expected: { issuer: 'Future', label: 'new', digits: 8 },
    },
  ] satisfies { what: string; input: OtpParametersInput; expected: Partial<OtpAccount> }[])(
    'reads $what',
    ({ input, expected }) => {
      const parsed = account(input);
      expect(parsed).toMatchObject(expected);
      expect(parsed.secret).toEqual(input.secret);
      // The page turns each entry into an otpauth link; the background reads back the same account.
      expect(parseOtpauthUri(formatOtpauthUri(parsed))).toEqual(parsed);
    },
  );

  it('keeps the classic 10-byte Base32 key intact', () => {
    expect(SECRET_10).toEqual(decodeBase32('JBSWY3DPEHPK3PXP'));
    expect(formatOtpauthUri(account({ secret: SECRET_10, name: 'a' }))).toContain('secret=JBSWY3DPEHPK3PXP&');
  });

  it.each([
    { what: 'MD5', input: { algorithm: 4 }, reason: 'unsupported-algorithm', message: /MD5/ },
    { what: 'an unknown algorithm', input: { algorithm: 9 }, reason: 'unknown-algorithm', message: /algorithm/ },
    { what: 'unknown digits', input: { digits: 3 }, reason: 'bad-digits', message: /digits/ },
    { what: 'an unknown type', input: { type: 7 }, reason: 'bad-type', message: /type/ },
    { what: 'an HOTP counter past 2^53', input: { type: 1, counter: 2n ** 53n }, reason: 'bad-counter', message: /counter/ },
    { what: 'a negative HOTP counter', input: { type: 1, counter: -1n }, reason: 'bad-counter', message: /counter/ },
    { what: 'a 9-byte secret', input: { secret: SECRET_20.slice(0, 9) }, reason: 'secret-too-short', message: /9 bytes/ },
    { what: 'an empty secret', input: { secret: new Uint8Array(0) }, reason: 'missing-secret', message: /secret/ },
    { what: 'a 65-byte secret', input: { secret: new Uint8Array(65).fill(1) }, reason: 'secret-too-long', message: /65 bytes/ },
  ] satisfies { what: string; input: Partial<OtpParametersInput>; reason: string; message: RegExp }[])(
    'refuses one entry with $what and says why, keeping its names',
    ({ input, reason, message }) => {
      const refused = refusal({ secret: SECRET_20, name: 'bob', issuer: 'Legacy', ...input });
      expect(refused).toMatchObject({ reason, issuer: 'Legacy', label: 'bob' });
      expect(refused.message).toMatch(message);
    },
  );

  it('refuses only the bad entry of an export and keeps the others in order', () => {
    const { entries } = parseMigrationUri(
      migrationUri({
        parameters: [
          { secret: SECRET_20, name: 'first' },
          { secret: SECRET_20, name: 'old', algorithm: 4 },
          { secret: SECRET_32, name: 'third', type: 1, counter: 5 },
        ],
      }),
    );
    expect(entries.map((entry) => (entry.ok ? entry.account.label : `refused: ${entry.label}`))).toEqual([
      'first',
      'refused: old',
      'third',
    ]);
  });

  it('never names the secret in a reason', () => {
    const secret = new TextEncoder().encode('Zq7x9');
    const refused = refusal({ secret, name: 'n' });
    for (const form of ['Zq7x9', encodeBase32(secret), Buffer.from(secret).toString('base64').replace(/=+$/, '')]) {
      expect(refused.message).not.toContain(form);
    }
  });
});
