// Damaged export links, and property checks: whatever the input, the parser answers with accounts
// or throws its one typed error, and what it reads turns into links that read back the same.
import fc from 'fast-check';
import { BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import { describe, expect, it, test } from 'vitest';
import { formatOtpauthUri, OtpUriError, parseMigrationUri, parseOtpauthUri } from '../../../lib/otp';
import {
  migrationPayload,
  migrationUri,
  migrationUriFromBytes,
  SECRET_20,
  type OtpParametersInput,
} from '../../fixtures/import/migration-payload';

function expectOnlyUriError(input: string): void {
  try {
    parseMigrationUri(input);
  } catch (error) {
    expect(error).toBeInstanceOf(OtpUriError);
    expect(typeof (error as OtpUriError).reason).toBe('string');
    expect((error as OtpUriError).message).toMatch(/^[A-Z].*\.$/u);
  }
}

const valid = migrationPayload({ parameters: [{ secret: SECRET_20, name: 'a', issuer: 'b' }] });

describe('damaged otpauth-migration links', () => {
  it.each([
    { what: 'an otpauth:// link', uri: 'otpauth://totp/a?secret=JBSWY3DPEHPK3PXP', reason: 'bad-scheme' },
    { what: 'plain text', uri: 'hello', reason: 'bad-scheme' },
    { what: 'another host', uri: 'otpauth-migration://online?data=AA', reason: 'bad-migration' },
    { what: 'no data', uri: 'otpauth-migration://offline', reason: 'bad-migration' },
    { what: 'empty data', uri: 'otpauth-migration://offline?data=', reason: 'bad-migration' },
    { what: 'a broken percent escape', uri: 'otpauth-migration://offline?data=%E0%A4%A', reason: 'bad-encoding' },
    { what: 'data that is not Base64', uri: 'otpauth-migration://offline?data=**not*base64**', reason: 'bad-migration' },
    { what: 'a truncated payload', uri: migrationUriFromBytes(valid.slice(0, valid.length - 3)), reason: 'bad-migration' },
    { what: 'a field with the wrong wire type', uri: migrationUriFromBytes(Uint8Array.from([0x08, 0x01])), reason: 'bad-migration' },
    { what: 'a length past the end', uri: migrationUriFromBytes(Uint8Array.from([0x0a, 0x7f, 0x01])), reason: 'bad-migration' },
    { what: 'an end-group tag alone', uri: migrationUriFromBytes(Uint8Array.from([0x0c])), reason: 'bad-migration' },
    { what: 'field number 0', uri: migrationUriFromBytes(Uint8Array.from([0x00, 0x01])), reason: 'bad-migration' },
    { what: 'an endless varint', uri: migrationUriFromBytes(new Uint8Array(12).fill(0xff)), reason: 'bad-migration' },
  ])('refuses $what with one sentence', ({ uri, reason }) => {
    let caught: unknown;
    try {
      parseMigrationUri(uri);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OtpUriError);
    expect(caught).toMatchObject({ name: 'OtpUriError', reason });
  });

  it('skips an unknown group field, and refuses groups nested past any sane depth', () => {
    const group = new BinaryWriter().tag(30, WireType.StartGroup).tag(1, WireType.Varint).int32(5).tag(30, WireType.EndGroup);
    const withGroup = new Uint8Array([...group.finish(), ...valid]);
    expect(parseMigrationUri(migrationUriFromBytes(withGroup)).entries).toHaveLength(1);
    const deep = new Uint8Array([...new Array<number>(200).fill(0xf3).flatMap((b) => [b, 0x01])]);
    expect(() => parseMigrationUri(migrationUriFromBytes(deep))).toThrow(OtpUriError);
  });
});

const parametersArbitrary: fc.Arbitrary<OtpParametersInput> = fc.record(
  {
    secret: fc.uint8Array({ minLength: 0, maxLength: 70 }),
    name: fc.string({ unit: 'grapheme', maxLength: 20 }),
    issuer: fc.string({ unit: 'grapheme', maxLength: 12 }),
    algorithm: fc.integer({ min: -1, max: 6 }),
    digits: fc.integer({ min: -1, max: 3 }),
    type: fc.integer({ min: -1, max: 3 }),
    counter: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    unknownFields: fc.boolean(),
  },
  { requiredKeys: ['secret'] },
);

describe('otpauth-migration properties', () => {
  test('arbitrary text throws nothing but OtpUriError', () => {
    const pieces = fc.constantFrom('otpauth-migration://', 'offline', '?', 'data=', '&', '%', '%2B', '+', '/', '=', 'CgoKBg', '#');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: pieces })), expectOnlyUriError),
      { numRuns: 3000 },
    );
  });

  test('arbitrary payload bytes throw nothing but OtpUriError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => expectOnlyUriError(migrationUriFromBytes(bytes))),
      { numRuns: 3000 },
    );
  });

  test('a valid payload with bytes flipped throws nothing but OtpUriError', () => {
    const payload = migrationPayload({
      parameters: [
        { secret: SECRET_20, name: 'n', issuer: 'i', algorithm: 2, digits: 2, type: 1, counter: 7, unknownFields: true },
      ],
      batchSize: 2,
      batchId: 4,
      unknownFields: true,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(payload.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), (flips) => {
        const damaged = payload.slice();
        for (const [at, value] of flips) damaged[at] = value;
        expectOnlyUriError(migrationUriFromBytes(damaged));
      }),
      { numRuns: 3000 },
    );
  });

  test('every entry of any well-formed export is usable or refused, and usable ones round-trip as links', () => {
    fc.assert(
      fc.property(fc.array(parametersArbitrary, { maxLength: 5 }), (parameters) => {
        const { entries } = parseMigrationUri(migrationUri({ parameters }));
        expect(entries).toHaveLength(parameters.length);
        for (const entry of entries) {
          if (entry.ok) expect(parseOtpauthUri(formatOtpauthUri(entry.account))).toEqual(entry.account);
          else expect(entry.error).toBeInstanceOf(OtpUriError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

