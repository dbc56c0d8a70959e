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
    ['MZXW6YTB0I', 9],
    ['MZXW6YTB1I', 9],
    ['MZXW6YTB8I', 9],
    ['MZXW=6YTBOI', 5],
    ['MZXW6YTBé', 9],
    ['MZXW6YTB\u0000', 9],
    // Counted in the text as typed: spaces and dashes count, an emoji is one character.
    ['MZXW 6YTB-0I', 11],
    ['🔐MZXW6YTBOI', 1],
    ['MZ🔐XW6YTBOI', 3],
    // 'ß' uppercases to 'SS', which must not sneak through as two valid letters.
    ['MZXWßYTBOI', 5],
  ])('%j is rejected at character %i, without quoting it', (input, position) => {
    expect(() => decodeBase32(input)).toThrow(OtpInputError);
    expect(() => decodeBase32(input)).toThrow(
      `The secret is not valid Base32: the character at position ${position} is not allowed ` +
        '(Base32 uses the letters A–Z and the digits 2–7).',
    );
  });

  test('the message never contains any character of the secret', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }), (input) => {
      let message = '';
      try {
        decodeBase32(input);
      } catch (error) {
        message = (error as Error).message;
      }
      const fixed = /^The secret is not valid Base32: (the character at position \d+ is not allowed \(Base32 uses the letters A–Z and the digits 2–7\)|it has the wrong length, a character may be missing)\.$/u;
      expect(message === '' || fixed.test(message)).toBe(true);
    }));
  });

  test('trailing padding and spaces are noise, padding inside is not', () => {
    expect(decodeBase32('MZXW6YTBOI== =\n')).toEqual(decodeBase32('MZXW6YTBOI'));
    expect(() => decodeBase32('MZXW6YT=BOI')).toThrow('the character at position 8 is not allowed');
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

  test.each([
    ['AAEC*wQF', 5],
    ['AA=EC', 3],
    ['AA EC\u0000wQF', 6],
    ['AAECé', 5],
    ['🔐AAECAwQF', 1],
  ])('%j is rejected at character %i, without quoting it', (input, position) => {
    expect(() => decodeBase64(input)).toThrow(
      `The secret is not valid Base64: the character at position ${position} is not allowed ` +
        '(Base64 uses the letters A–Z and a–z, the digits 0–9, and + / or - _).',
    );
  });

  test('padding and spaces at the end are noise', () => {
    expect(decodeBase64(`${BASE64_32} \n`)).toEqual(BYTES_32);
    expect(decodeBase64(' AAEC AwQF ')).toEqual(decodeBase64('AAECAwQF'));
  });
});
