/**
 * How guessable a passphrase is, by zxcvbn-ts: it finds the words, names, leaked passwords, dates,
 * keyboard patterns and repeats a passphrase is made of and counts the guesses an attacker who
 * tries those first would need. Its dictionaries are large (a few hundred KB), so this module is
 * only ever loaded with import() once the user types a new passphrase (use-passphrase-strength).
 *
 * Dictionaries: language-common's leaked passwords (which hold most English words and names people
 * put in one), its diceware words and keyboard layouts, and German words and names, which that list
 * lacks. Left out as not worth their weight: language-en's word and surname lists (~470 KB gzip,
 * little the password list does not already catch) and German Wikipedia words (~300 KB gzip).
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
// One file per list: the package's index would bring its Wikipedia list along (see above).
import germanCommonWords from '@zxcvbn-ts/language-de/dist/commonWords.json.esm.js';
import germanFirstnames from '@zxcvbn-ts/language-de/dist/firstnames.json.esm.js';
import germanLastnames from '@zxcvbn-ts/language-de/dist/lastnames.json.esm.js';
import { t, type MessageKey } from '../../i18n/t';
import { SUGGESTION_MESSAGES, WARNING_MESSAGES } from './feedback-messages';
import type { StrengthHint, StrengthLevel } from './strength-hint';

// No translations given: zxcvbn-ts then answers with the keys of its warnings and suggestions,
// which feedback-messages turns into our sentences.
const zxcvbn = new ZxcvbnFactory({
  graphs: adjacencyGraphs,
  dictionary: {
    ...commonDictionary,
    // The names keep zxcvbn-ts's words in them: its warnings tell names from other words by them.
    'commonWords-de': germanCommonWords,
    'firstnames-de': germanFirstnames,
    'lastnames-de': germanLastnames,
  },
});

/**
 * zxcvbn's score (0–4) for a vault that may be stolen and attacked offline: a score of 3 (under
 * 10^10 guesses) is within reach of a determined attacker even through the slow KDF, so only 4 is
 * strong; 2 and below falls to an attacker with a leaked-password list.
 */
function levelOf(score: number): Exclude<StrengthLevel, 'too-short' | 'length-ok'> {
  if (score >= 4) return 'strong';
  if (score === 3) return 'fair';
  return 'weak';
}

/**
 * Strong needs no advice: zxcvbn's "no need for symbols" would only puzzle whoever used them. It
 * gives none past a score of 2, while fair is still worth one more word.
 */
function adviceFor(level: StrengthLevel, advice: MessageKey[]): MessageKey[] {
  if (level === 'strong') return [];
  if (level === 'fair' && advice.length === 0) return ['strengthSuggestAnotherWord'];
  return advice;
}

const LEVEL_MESSAGES = { weak: 'uiStrengthWeak', fair: 'uiStrengthFair', strong: 'uiStrengthStrong' } as const;

/** The level and its advice for a passphrase already long enough (strength-hint checks length). */
export function estimateStrength(passphrase: string): StrengthHint {
  const { score, feedback } = zxcvbn.check(passphrase);
  const level = levelOf(score);
  const warning = feedback.warning ? WARNING_MESSAGES[feedback.warning] : undefined;
  const suggestions = feedback.suggestions.flatMap((key) => SUGGESTION_MESSAGES[key] ?? []);
  const advice = adviceFor(level, [warning, ...suggestions].filter((key) => key !== undefined));
  return { level, text: [t(LEVEL_MESSAGES[level]), ...advice.map((key) => t(key))].join(' ') };
}
