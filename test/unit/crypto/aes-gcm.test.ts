import { describe, expect, it } from 'vitest';
import {
  DATA_KEY_BYTES,
  generateDataKey,
  importDataKey,
  open,
  seal,
} from '../../../lib/crypto/aes-gcm';
import { bytesEqual, toBase64, utf8Decode, utf8Encode } from '../../../lib/crypto/bytes';
import { DecryptionError } from '../../../lib/crypto/errors';

const AAD = utf8Encode('test/aad');

async function freshKey(): Promise<CryptoKey> {
  return importDataKey(generateDataKey());
}

describe('data key', () => {
  it('is 32 random bytes', () => {
    expect(DATA_KEY_BYTES).toBe(32);
    const raw = generateDataKey();
    expect(raw).toHaveLength(32);
    expect(bytesEqual(raw, generateDataKey())).toBe(false);
  });

  it('imports as a non-extractable AES-GCM-256 key', async () => {
    const key = await freshKey();
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('refuses keys that are not 256 bits', async () => {
    await expect(importDataKey(new Uint8Array(16))).rejects.toThrow(RangeError);
  });
});

describe('seal / open', () => {
  it('round-trips plaintext', async () => {
    const key = await freshKey();
    const sealed = await seal(key, utf8Encode('hello'), AAD);
    expect(utf8Decode(await open(key, sealed, AAD))).toBe('hello');
  });

  it('draws a fresh 96-bit IV on every call', async () => {
    const key = await freshKey();
    const plaintext = utf8Encode('same plaintext');
    const results = await Promise.all(Array.from({ length: 200 }, () => seal(key, plaintext, AAD)));
    expect(results.every((sealed) => sealed.iv.length === 12)).toBe(true);
    expect(new Set(results.map((sealed) => toBase64(sealed.iv))).size).toBe(200);
    expect(new Set(results.map((sealed) => toBase64(sealed.ciphertext))).size).toBe(200);
  });

  it('appends the 128-bit tag and never contains the plaintext', async () => {
    const key = await freshKey();
    const plaintext = utf8Encode('secret-seed-material');
    const sealed = await seal(key, plaintext, AAD);
    expect(sealed.ciphertext).toHaveLength(plaintext.length + 16);
    expect(Buffer.from(sealed.ciphertext).includes(Buffer.from(plaintext))).toBe(false);
  });

  it.each([
    ['a different AAD', { aad: utf8Encode('test/other') }],
    ['a flipped ciphertext byte', { flip: 'ciphertext' as const }],
    ['a flipped IV byte', { flip: 'iv' as const }],
    ['another key', { otherKey: true }],
  ])('throws DecryptionError with a cause for %s', async (_case, variant) => {
    const key = await freshKey();
    const sealed = await seal(key, utf8Encode('hello'), AAD);
    const target = { iv: sealed.iv.slice(), ciphertext: sealed.ciphertext.slice() };
    if ('flip' in variant) target[variant.flip][0] = (target[variant.flip][0] ?? 0) ^ 1;
    const openKey = 'otherKey' in variant ? await freshKey() : key;
    const aad = 'aad' in variant ? variant.aad : AAD;

    const error = await open(openKey, target, aad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DecryptionError);
    expect(error).toMatchObject({ name: 'DecryptionError' });
    expect((error as Error).cause).toBeDefined();
  });
});
