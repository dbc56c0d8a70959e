import { describe, expect, it } from 'vitest';
import {
  bytesEqual,
  constantTimeEqual,
  fromBase64,
  randomBytes,
  toBase64,
  utf8Decode,
  utf8Encode,
} from '../../../lib/crypto/bytes';

describe('base64', () => {
  // @see RFC 4648 §10 test vectors
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes %j as %j and back', (text, encoded) => {
    expect(toBase64(utf8Encode(text))).toBe(encoded);
    expect(utf8Decode(fromBase64(encoded))).toBe(text);
  });

  it('round-trips every byte value and inputs larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => index % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('rejects malformed input', () => {
    expect(() => fromBase64('not base64!')).toThrow();
  });
});

describe('utf8', () => {
  it('round-trips non-ASCII text', () => {
    const text = 'Grüße, 世界 🔐';
    expect(utf8Decode(utf8Encode(text))).toBe(text);
  });

  it('refuses invalid UTF-8 instead of substituting characters', () => {
    expect(() => utf8Decode(new Uint8Array([0xff, 0xfe]))).toThrow();
  });
});

describe('randomBytes', () => {
  it('returns the requested length and different values each call', () => {
    const first = randomBytes(32);
    expect(first).toHaveLength(32);
    expect(bytesEqual(first, randomBytes(32))).toBe(false);
  });
});

describe('bytesEqual', () => {
  it('compares length and content', () => {
    expect(bytesEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(bytesEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(bytesEqual(new Uint8Array([1]), new Uint8Array([1, 2]))).toBe(false);
  });
});

describe('constantTimeEqual', () => {
  it('compares length and content, like bytesEqual', () => {
    const key = randomBytes(32);
    expect(constantTimeEqual(key, key.slice())).toBe(true);
    const lastDiffers = key.slice();
    lastDiffers[31] = (lastDiffers[31] ?? 0) ^ 0x80;
    expect(constantTimeEqual(key, lastDiffers)).toBe(false);
    expect(constantTimeEqual(key, key.subarray(0, 31))).toBe(false);
    expect(constantTimeEqual(new Uint8Array(), new Uint8Array())).toBe(true);
  });
});
