// Property-based checks of the otpauth codec: round trip and "only OtpUriError escapes".
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatOtpauthUri, parseOtpauthUri, type OtpAccount, type OtpAlgorithm } from '../../../lib/otp/index';

/** Characters that stress URI encoding, mixed with any Unicode code point. */
const nameChar = fc.oneof(
  fc.constantFrom(':', '%', '&', '?', '#', '+', ' ', '=', '/', '@', '%3A', 'é', '😀', '\u00a0'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
/** Parse trims names (spaces around the separator are noise), so valid names are trimmed. */
const name = fc.string({ unit: nameChar, maxLength: 24 }).map((text) => text.trim());

const account: fc.Arbitrary<OtpAccount> = fc
  .record({
    type: fc.constantFrom('totp' as const, 'hotp' as const),
    issuer: name,
    label: name.filter((text) => text !== ''),
    secret: fc.uint8Array({ minLength: 10, maxLength: 64 }),
    algorithm: fc.constantFrom<OtpAlgorithm>('SHA1', 'SHA256', 'SHA512'),
    digits: fc.integer({ min: 6, max: 8 }),
    period: fc.integer({ min: 1, max: 3600 }),
    counter: fc.maxSafeNat(),
  })
  // The field a type ignores holds its default, so each account has one URI.
  .map((a) => (a.type === 'hotp' ? { ...a, period: 30 } : { ...a, counter: 0 }));

const uriParts = fc.constantFrom(
  'otpauth://', 'totp', 'hotp', '/', ':', '%3A', '%', '%C3', '%E9', '?', '&', '=', '#', '+', ' ',
  'secret', 'JBSWY3DPEHPK3PXP', 'issuer', 'algorithm', 'SHA1', 'md5', 'digits', '7', 'period', 'counter',
  '-1', '1e3', '\ud800', 'é',
);
/** Mostly well-formed links with one or two odd fields, so parsing gets past the first check. */
const param = fc.tuple(
  fc.constantFrom('secret', 'issuer', 'algorithm', 'digits', 'period', 'counter', 'SECRET', 'x'),
  fc.oneof(
    fc.constantFrom('JBSWY3DPEHPK3PXP', 'jbsw y3dp ehpk 3pxp', 'GEZDGNBVGY3TQOJQ', 'sha256', 'SHA512', '6', '8', '60', '0', '42'),
    fc.string({ unit: uriParts, maxLength: 4 }),
  ),
).map(([key, value]) => `${key}=${value}`);
const structured = fc
  .record({
    type: fc.constantFrom('totp', 'hotp', 'TOTP', 'x'),
    label: fc.string({ unit: uriParts, maxLength: 6 }),
    params: fc.array(param, { maxLength: 6 }),
  })
  .map(({ type, label, params }) => `otpauth://${type}/a${label}?secret=JBSWY3DPEHPK3PXP&${params.join('&')}`);
const uriLike = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: uriParts }),
  fc.string({ unit: uriParts }).map((rest) => `otpauth://totp/${rest}`),
  structured,
);

describe('otpauth properties', () => {
  test('parse(format(a)) deep-equals a', () => {
    fc.assert(
      fc.property(account, (a) => {
        expect(parseOtpauthUri(formatOtpauthUri(a))).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });

  test('parse on arbitrary text throws only OtpUriError, and its result re-formats stably', () => {
    fc.assert(
      fc.property(uriLike, (text) => {
        let parsed: OtpAccount;
        try {
          parsed = parseOtpauthUri(text);
        } catch (error) {
          expect(error).toMatchObject({ name: 'OtpUriError' });
          expect(typeof (error as { reason?: unknown }).reason).toBe('string');
          return;
        }
        expect(parseOtpauthUri(formatOtpauthUri(parsed))).toEqual(parsed);
      }),
      { numRuns: 3000 },
    );
  });
});
