// The length rule stays the only hard rule, and nothing is called strong before the estimator judged it.
import { describe, expect, it } from 'vitest';
import { passphraseStrength, type StrengthEstimator } from '../../../../lib/ui/passphrase-strength/strength-hint';

const judgesStrong: StrengthEstimator = () => ({ level: 'strong', text: 'Strong.' });

describe('passphrase strength hint', () => {
  it.each([
    ['', 'too-short'],
    ['abc1234', 'too-short'],
    ['🔐🔐🔐🔐', 'too-short'], // four characters, though eight UTF-16 units
  ])('%j is too short, whatever the estimator would say', (passphrase) => {
    expect(passphraseStrength(passphrase, judgesStrong)).toEqual({ level: 'too-short', text: 'Use at least 8 characters.' });
  });

  it('says only that the length rule is met while the estimator is not loaded', () => {
    for (const passphrase of ['12345678', 'correct horse battery staple']) {
      expect(passphraseStrength(passphrase)).toEqual({ level: 'length-ok', text: 'Long enough: at least 8 characters.' });
    }
  });

  it('hands a long enough passphrase to the estimator once it is there', () => {
    expect(passphraseStrength('correct horse battery staple', judgesStrong).level).toBe('strong');
  });
});
