// The estimator's judgement: known patterns are weak with words of advice, a long random
// passphrase is strong, and the advice reads in the user's language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { estimateStrength } from '../../../../lib/ui/passphrase-strength/estimate-strength';
import { messageReader } from '../../i18n/english-messages';

afterEach(() => vi.restoreAllMocks());

describe('passphrase strength estimate', () => {
  it('sees through a season, a year and a symbol: weak, saying why and what would help', () => {
    const { level, text } = estimateStrength('Summer2024!');
    expect(['weak', 'fair']).toContain(level);
    expect(text).toBe(
      'Weak: easy to guess. This is close to a commonly used password. Add a word or two, less common ones. ' +
        'A capital first letter adds little: put capitals elsewhere too.',
    );
  });

  it.each([
    ['password1', 'This is a commonly used password.'],
    ['12345678', 'This is one of the ten most used passwords.'],
    ['qwertzuiop', 'Straight rows of keys are easy to guess.'],
    ['aaaaaaaaaaaa', 'Repeated characters like "aaa" are easy to guess.'],
    ['Schneider1970', 'Common first names and surnames are easy to guess.'],
    // A German word, which the leaked-password list alone would miss.
    ['Weihnachten', 'Add a word or two, less common ones.'],
  ])('%j is weak: %s', (passphrase, warning) => {
    const { level, text } = estimateStrength(passphrase);
    expect(level).toBe('weak');
    expect(text).toContain(warning);
  });

  it('calls a long random passphrase strong, with no advice to puzzle over', () => {
    expect(estimateStrength('vT8qLw3ZpR6yNc2F')).toEqual({ level: 'strong', text: 'Strong.' });
    expect(estimateStrength('gurke tanzt leise im nebel').level).toBe('strong');
  });

  it('says what would make a fair passphrase strong', () => {
    expect(estimateStrength('Kuchenblech')).toEqual({
      level: 'fair',
      text: 'Fair: could be guessed with some effort. Add a word or two, less common ones.',
    });
  });

  it('gives its advice in German in a German browser', async () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('de');
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(messageReader('de'));
    // A page reads its messages once: a page opened in German is a fresh load of the modules.
    vi.resetModules();
    const german = await import('../../../../lib/ui/passphrase-strength/estimate-strength');
    expect(german.estimateStrength('Summer2024!').text).toBe(
      'Schwach: leicht zu erraten. Dies ähnelt einem häufig verwendeten Passwort. ' +
        'Fügen Sie ein oder zwei weniger gebräuchliche Wörter hinzu. ' +
        'Ein großer Anfangsbuchstabe hilft wenig: Schreiben Sie auch andere Buchstaben groß.',
    );
  });
});
