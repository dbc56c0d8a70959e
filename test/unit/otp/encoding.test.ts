// Base32 and Base64 secret decoding as users paste them.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBase32, decodeBase64, encodeBase32, OtpInputError } from '../../../lib/otp/index';

/** 32 bytes 0x00..0x1f, the shape of an Amadis `user_secret`. */
const BYTES_32 = Uint8Array.from({ length: 32 }, (_, i) => i);
const BASE64_32 = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';

describe('Base32', () => {
  test('RFC 4648 §10 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''], ['f', 'MY'], ['fo', 'MZXQ'], ['foo', 'MZXW6'], ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'], ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [text, encoded] of vectors) {
      const bytes = new TextEncoder().encode(text);
      expect(encodeBase32(bytes)).toBe(encoded);
      expect(decodeBase32(encoded)).toEqual(bytes);
    }
  });

  test('normalises case, spaces, dashes and padding', () => {
    const expected = decodeBase32('MZXW6YTBOI');
    for (const input of ['mzxw6ytboi', 'MZXW 6YTB OI', 'mzxw-6ytb-oi', 'MZXW6YTBOI======', ' MZXW6YTBOI\n']) {
      expect(decodeBase32(input)).toEqual(expected);
    }
  });

  test.each([
    ['MZXW6YTB0I', "'0'"],
    ['MZXW6YTB1I', "'1'"],
    ['MZXW6YTB8I', "'8'"],
    ['MZXW=6YTBOI', "'='"],
    ['MZXW6YTBé', "'É'"],
    ['MZXW6YTB\u0000', 'U+0000'],
  ])('%j is rejected, naming %s', (input, shown) => {
    expect(() => decodeBase32(input)).toThrow(OtpInputError);
    expect(() => decodeBase32(input)).toThrow(`it contains ${shown}.`);
  });

  test('rejects impossible lengths', () => {
    expect(() => decodeBase32('MZXW6YTBO')).toThrow(expect.objectContaining({ reason: 'bad-base32' }));
  });

  test('round trip for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
    }));
  });
});

describe('Base64', () => {
  test('decodes a 32-byte secret, padded or not, standard or URL-safe', () => {
    expect(decodeBase64(BASE64_32)).toEqual(BYTES_32);
    expect(decodeBase64(BASE64_32.replace(/=+$/, ''))).toEqual(BYTES_32);
    const awkward = Uint8Array.from({ length: 32 }, (_, i) => 0xfb + (i % 5));
    const standard = Buffer.from(awkward).toString('base64');
    expect(standard).toMatch(/[+/]/);
    expect(decodeBase64(standard)).toEqual(awkward);
    expect(decodeBase64(Buffer.from(awkward).toString('base64url'))).toEqual(awkward);
  });

  test('agrees with Node for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      expect(decodeBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
      expect(decodeBase64(Buffer.from(bytes).toString('base64url'))).toEqual(bytes);
    }));
  });

  test.each(['AAEC*wQF', 'AAECA', 'AA=EC'])('%j is rejected', (input) => {
    expect(() => decodeBase64(input)).toThrow(expect.objectContaining({ name: 'OtpInputError', reason: 'bad-base64' }));
  });
});
