// Sentences the popup builds around what the user typed or what the server said, in English and
// in German: a value lands where each language puts it, and a date reads as the sentence does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { SessionView } from '../../../lib/protocol/protocol';
import { messageReader } from '../i18n/english-messages';

type LoggedIn = Extract<SessionView, { state: 'logged-in' }>;

/** The modules as a browser running in `language` would load them (uiLocale is read once). */
async function inLanguage(language: 'en' | 'de') {
  vi.resetModules();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(language === 'en' ? 'en-US' : 'de-DE');
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(messageReader(language));
  return {
    ...(await import('../../../lib/ui/typed-twice-fields')),
    ...(await import('../../../lib/ui/server-text')),
    ...(await import('../../../entrypoints/popup/views/secret-characters')),
  };
}

afterEach(() => vi.restoreAllMocks());

const trusted: LoggedIn = {
  state: 'logged-in',
  profile: { id: 'p1', kind: 'emnify', name: 'Sandbox', baseUrl: 'https://api.example', builtIn: false },
  username: 'ann@example.org',
  method: 'password',
  expiresAt: 0,
  // Noon UTC: the same day in every time zone the tests may run in.
  trustedUntil: Date.UTC(2027, 2, 3, 12),
};

describe('the second field of a new password', () => {
  it('reads as part of the English sentence, and keeps its capital where German starts with it', async () => {
    expect((await inLanguage('en')).repeatLabel('New password')).toBe('Repeat new password');
    expect((await inLanguage('de')).repeatLabel('Neue Passphrase')).toBe('Neue Passphrase wiederholen');
  });
});

describe('a trusted browser', () => {
  it('is trusted until a date written as the language writes it, every sentence ending alike', async () => {
    const en = await inLanguage('en');
    expect(en.trustSentence(trusted)).toBe('This browser is trusted until March 3, 2027.');
    expect(en.trustSentence({ ...trusted, skippedCode: true })).toBe('No code was needed: this browser is trusted until March 3, 2027.');
    const de = await inLanguage('de');
    expect(de.trustSentence(trusted)).toBe('Dieser Browser ist bis 3. März 2027 vertrauenswürdig.');
  });
});

describe('a character a Base32 secret cannot hold', () => {
  it('is named with its position, so a secret starting with 1 is not misread', async () => {
    const { firstBadCharacter, checkSecretCharacters } = await inLanguage('en');
    expect(firstBadCharacter('JB1SWY3DP')).toEqual({ character: '1', position: 3 });
    expect(firstBadCharacter('1BSWY3DP')).toEqual({ character: '1', position: 1 });
    expect(() => checkSecretCharacters('JB1SWY3DP')).toThrow(
      'The character “1” (position 3) is not allowed in a secret: Base32 uses the letters A–Z and the digits 2–7.',
    );
    const de = await inLanguage('de');
    expect(() => de.checkSecretCharacters('JB1SWY3DP')).toThrow('Das Zeichen „1“ (Position 3)');
  });

  it('leaves alone what users copy along with a secret: case, groups, dashes and trailing padding', async () => {
    const { firstBadCharacter } = await inLanguage('en');
    expect(firstBadCharacter('jbsw y3dp-ehpk 3pxp==')).toBeUndefined();
    expect(firstBadCharacter('JBSW=Y3DP')).toEqual({ character: '=', position: 5 });
  });
});
