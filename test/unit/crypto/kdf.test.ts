import { afterEach, describe, expect, it, vi } from 'vitest';
import { open, seal } from '../../../lib/crypto/aes-gcm';
import { utf8Encode } from '../../../lib/crypto/bytes';
import { DecryptionError, KdfPolicyError } from '../../../lib/crypto/errors';
import {
  assertKdfPolicy,
  deriveWrappingKey,
  KDF_MAX_ITERATIONS,
  KDF_MIN_ITERATIONS,
  newKdfParams,
  type KdfParams,
} from '../../../lib/crypto/kdf';

const AAD = utf8Encode('test/kdf');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('newKdfParams', () => {
  it('defaults to PBKDF2-SHA-256 at the 600,000 floor with a 16-byte random salt', () => {
    const params = newKdfParams();
    expect(KDF_MIN_ITERATIONS).toBe(600_000);
    expect(params).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(params.salt).toHaveLength(16);
    expect(newKdfParams().salt).not.toEqual(params.salt);
  });

  it('accepts more iterations and refuses fewer', () => {
    expect(newKdfParams(1_000_000).iterations).toBe(1_000_000);
    expect(() => newKdfParams(599_999)).toThrow(KdfPolicyError);
  });
});

describe('assertKdfPolicy', () => {
  const good = (): KdfParams => newKdfParams();

  it.each([
    ['iterations below the floor', { iterations: 100_000 }],
    ['iterations one below the floor', { iterations: 599_999 }],
    ['non-integer iterations', { iterations: 600_000.5 }],
    ['NaN iterations', { iterations: Number.NaN }],
    ['another KDF', { name: 'scrypt' }],
    ['a weaker hash', { hash: 'SHA-1' }],
    ['a short salt', { salt: new Uint8Array(8) }],
  ])('refuses %s as a downgrade', (_case, override) => {
    const params = { ...good(), ...override };
    expect(() => assertKdfPolicy(params)).toThrow(KdfPolicyError);
    expect(() => assertKdfPolicy(params)).toThrow(/downgrade refused/);
  });

  it('accepts the floor', () => {
    expect(() => assertKdfPolicy(good())).not.toThrow();
  });

  it.each([
    ['one above the ceiling', KDF_MAX_ITERATIONS + 1],
    ['2^40', 2 ** 40],
    ['the largest safe integer', Number.MAX_SAFE_INTEGER],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('refuses iterations of %s: a stored record must not hang the worker', (_case, iterations) => {
    const params = { ...good(), iterations };
    expect(() => assertKdfPolicy(params)).toThrow(KdfPolicyError);
  });

  it('accepts the ceiling itself (10,000,000)', () => {
    expect(KDF_MAX_ITERATIONS).toBe(10_000_000);
    expect(() => assertKdfPolicy({ ...good(), iterations: KDF_MAX_ITERATIONS })).not.toThrow();
  });

  it('refuses new parameters above the ceiling too', () => {
    expect(() => newKdfParams(KDF_MAX_ITERATIONS + 1)).toThrow(/above 10000000/);
  });
});

describe('deriveWrappingKey', () => {
  it('derives one non-extractable AES-GCM-256 key per passphrase and salt', async () => {
    const params = newKdfParams();
    const first = await deriveWrappingKey('passphrase one', params);
    expect(first.extractable).toBe(false);
    expect(first.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });

    const sealed = await seal(first, utf8Encode('data key'), AAD);
    const again = await deriveWrappingKey('passphrase one', params);
    await expect(open(again, sealed, AAD)).resolves.toEqual(utf8Encode('data key'));

    const otherSalt = await deriveWrappingKey('passphrase one', newKdfParams());
    await expect(open(otherSalt, sealed, AAD)).rejects.toThrow(DecryptionError);
  });

  it('refuses weak parameters before doing any derivation', async () => {
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
    const weak = { ...newKdfParams(), iterations: 100_000 };
    await expect(deriveWrappingKey('passphrase one', weak)).rejects.toThrow(KdfPolicyError);
    const huge = { ...newKdfParams(), iterations: KDF_MAX_ITERATIONS + 1 };
    await expect(deriveWrappingKey('passphrase one', huge)).rejects.toThrow(KdfPolicyError);
    expect(deriveKey).not.toHaveBeenCalled();
  });
});
