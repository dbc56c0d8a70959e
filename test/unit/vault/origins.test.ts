// Sites as users type them, and as the vault stores them.
import { describe, expect, it } from 'vitest';
import { InvalidOriginError, TooManyOriginsError } from '../../../lib/vault/errors';
import { isNormalisedOrigin, MAX_ORIGINS, originFromInput, originsFromInput } from '../../../lib/vault/origins';

describe('originFromInput', () => {
  it.each([
    ['github.com', 'https://github.com'],
    ['  GitHub.COM  ', 'https://github.com'],
    ['https://github.com', 'https://github.com'],
    ['https://github.com/', 'https://github.com'],
    ['https://github.com/login?return_to=%2F#top', 'https://github.com'],
    ['http://intranet.example', 'http://intranet.example'],
    ['HTTPS://Login.Example.com:443/path', 'https://login.example.com'],
    ['example.com:8443', 'https://example.com:8443'],
    ['localhost:8080', 'https://localhost:8080'],
    ['http://localhost:8080/app', 'http://localhost:8080'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['https://user:pw@example.com/', 'https://example.com'],
    ['bücher.de', 'https://xn--bcher-kva.de'],
    ['[::1]:3000', 'https://[::1]:3000'],
  ])('%j → %s', (input, origin) => {
    expect(originFromInput(input)).toBe(origin);
  });

  it.each([
    'ftp://files.example.com',
    'javascript:alert(1)',
    'mailto:alice@example.com',
    'file:///etc/passwd',
    'chrome-extension://abcdef/popup.html',
    'data:text/html,hi',
    'not a site',
    'word',
    '',
    'https://',
    'http://exa mple.com',
  ])('refuses %j with a sentence', (input) => {
    expect(() => originFromInput(input)).toThrow(InvalidOriginError);
    try {
      originFromInput(input);
    } catch (error) {
      expect((error as Error).message).toMatch(/is not a website address such as https:\/\/example\.com\.$/);
    }
  });

  it('shortens a very long entry in its sentence', () => {
    const long = `ftp://${'a'.repeat(500)}.com`;
    expect(() => originFromInput(long)).toThrow(/^"ftp:\/\/a{73}…" is not/);
  });
});

describe('originsFromInput', () => {
  it('normalises, skips blank lines and drops duplicates keeping the first', () => {
    expect(originsFromInput(['github.com', '', '  ', 'https://GITHUB.com/x', 'http://github.com'])).toEqual([
      'https://github.com',
      'http://github.com',
    ]);
  });

  it(`refuses more than ${MAX_ORIGINS} sites`, () => {
    const sites = Array.from({ length: MAX_ORIGINS + 1 }, (_, i) => `site${i}.example`);
    expect(() => originsFromInput(sites)).toThrow(TooManyOriginsError);
    expect(originsFromInput(sites.slice(0, MAX_ORIGINS))).toHaveLength(MAX_ORIGINS);
  });
});

describe('isNormalisedOrigin', () => {
  it.each([
    ['https://github.com', true],
    ['http://localhost:8080', true],
    ['https://xn--bcher-kva.de', true],
    ['https://GitHub.com', false],
    ['https://github.com/', false],
    ['https://github.com:443', false],
    ['github.com', false],
    ['ftp://github.com', false],
    ['https://github.com/path', false],
  ])('%s → %s', (value, expected) => {
    expect(isNormalisedOrigin(value)).toBe(expected);
  });
});
