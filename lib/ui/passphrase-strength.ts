/**
 * A rough, dependency-free hint of how guessable a passphrase is. It is a nudge for the user, not a
 * gate: the vault's real protection is the 600,000-iteration KDF, and the only hard rule is length.
 */
import { MIN_PASSPHRASE_LENGTH, passphraseLength } from '../crypto/passphrase-policy';
import { plural, t } from '../i18n/t';

export type StrengthLevel = 'too-short' | 'weak' | 'fair' | 'strong';

export interface StrengthHint {
  level: StrengthLevel;
  text: string;
}

const COMMON_PATTERNS = [/^(.)\1+$/, /^(?:0123|1234|2345|3456|4567|5678|6789|abcd|qwer|asdf|pass|word)/i];

function estimateBits(passphrase: string): number {
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[0-9]/.test(passphrase)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(passphrase)) pool += 33;
  const distinct = new Set(passphrase).size;
  // Repeated characters add little: count length by distinct characters, plus a little for the rest.
  const effectiveLength = distinct + (passphrase.length - distinct) * 0.25;
  return effectiveLength * Math.log2(Math.max(pool, 2));
}

export function passphraseStrength(passphrase: string): StrengthHint {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) {
    return { level: 'too-short', text: plural('uiStrengthTooShort', MIN_PASSPHRASE_LENGTH) };
  }
  const bits = COMMON_PATTERNS.some((pattern) => pattern.test(passphrase)) ? 0 : estimateBits(passphrase);
  if (bits < 45) return { level: 'weak', text: t('uiStrengthWeak') };
  if (bits < 70) return { level: 'fair', text: t('uiStrengthFair') };
  return { level: 'strong', text: t('uiStrengthStrong') };
}

/** What to say under an empty passphrase field, before there is anything to judge. */
export function passphraseAdvice(): string {
  return t('uiPassphraseAdvice');
}
