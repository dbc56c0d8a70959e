import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../lib/ui/passphrase-strength';

describe('passphrase strength hint', () => {
  it.each([
    ['', 'too-short'],
    ['abc1234', 'too-short'],
    ['🔐🔐🔐🔐', 'too-short'], // four characters, though eight UTF-16 units
    ['aaaaaaaaaaaa', 'weak'],
    ['12345678', 'weak'],
    ['password1', 'weak'],
    ['Tr0ub4dor&3', 'fair'],
    ['correct horse battery staple', 'strong'],
  ])('%j is %s', (passphrase, level) => expect(passphraseStrength(passphrase).level).toBe(level));
});
