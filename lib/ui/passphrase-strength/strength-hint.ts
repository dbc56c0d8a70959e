/**
 * What the page says under a new passphrase. The only hard rule is length (the background enforces
 * it): how guessable a passphrase is comes from the estimator (./estimate-strength), a nudge loaded
 * once the user starts typing. Until it is there, or when it cannot be loaded, the page says only
 * what the length rule says: never "strong" for a passphrase nothing has judged.
 */
import { MIN_PASSPHRASE_LENGTH, passphraseLength } from '../../crypto/passphrase-policy';
import { plural, t } from '../../i18n/t';

/** `length-ok`: long enough, and not judged yet. */
export type StrengthLevel = 'too-short' | 'length-ok' | 'weak' | 'fair' | 'strong';

export interface StrengthHint {
  level: StrengthLevel;
  /** The level in words, then what makes it easy to guess and what would help, as sentences. */
  text: string;
}

/** Judges a passphrase already long enough (see estimate-strength). */
export type StrengthEstimator = (passphrase: string) => StrengthHint;

/** The hint for `passphrase`: the length rule first, then the estimator's judgement when it is loaded. */
export function passphraseStrength(passphrase: string, estimate?: StrengthEstimator): StrengthHint {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) {
    return { level: 'too-short', text: plural('uiStrengthTooShort', MIN_PASSPHRASE_LENGTH) };
  }
  return estimate ? estimate(passphrase) : { level: 'length-ok', text: plural('strengthLongEnough', MIN_PASSPHRASE_LENGTH) };
}

/** What to say under an empty passphrase field, before there is anything to judge. */
export function passphraseAdvice(): string {
  return t('uiPassphraseAdvice');
}
