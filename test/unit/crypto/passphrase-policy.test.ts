import { describe, expect, it } from 'vitest';
import { WeakPassphraseError } from '../../../lib/crypto/errors';
import {
  assertPassphraseStrength,
  MIN_PASSPHRASE_LENGTH,
  passphraseLength,
} from '../../../lib/crypto/passphrase-policy';

describe('passphrase policy', () => {
  it('counts code points, so an emoji or an astral letter is one character', () => {
    expect(passphraseLength('')).toBe(0);
    expect(passphraseLength('abc')).toBe(3);
    expect(passphraseLength('🔐🔐')).toBe(2);
    expect('🔐🔐'.length).toBe(4);
    expect(passphraseLength('𝒜é')).toBe(2);
  });

  it(`needs ${MIN_PASSPHRASE_LENGTH} characters, counted the same way`, () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(8);
    expect(() => assertPassphraseStrength('1234567')).toThrow(WeakPassphraseError);
    // Eight UTF-16 units but four characters: too short.
    expect(() => assertPassphraseStrength('🔐🔐🔐🔐')).toThrow(WeakPassphraseError);
    expect(() => assertPassphraseStrength('12345678')).not.toThrow();
    expect(() => assertPassphraseStrength('🔐🔐🔐🔐🔐🔐🔐🔐')).not.toThrow();
  });

  it('imports nothing but ./errors, so the popup can use it cheaply', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../../lib/crypto/passphrase-policy.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import\b.*from '([^']+)'/gmu)].map((match) => match[1]);
    expect(imports).toEqual(['./errors']);
  });
});
