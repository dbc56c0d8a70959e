/**
 * The estimator's warnings and suggestions in our own words. zxcvbn-ts answers with a key per
 * warning and suggestion; its own translations speak of "passwords" where we say "passphrase", and
 * its German mixes "Passwort" with "Kennwort" and drops the "Sie" of every other sentence we show.
 * Keys it never answers here (a breached-password check, inputs about the user) have no message.
 */
import type { MessageKey } from '../../i18n/t';

export const WARNING_MESSAGES: Readonly<Record<string, MessageKey>> = {
  straightRow: 'strengthWarningStraightRow',
  keyPattern: 'strengthWarningKeyPattern',
  simpleRepeat: 'strengthWarningSimpleRepeat',
  extendedRepeat: 'strengthWarningExtendedRepeat',
  sequences: 'strengthWarningSequences',
  recentYears: 'strengthWarningRecentYears',
  dates: 'strengthWarningDates',
  topTen: 'strengthWarningTopTen',
  topHundred: 'strengthWarningTopHundred',
  common: 'strengthWarningCommon',
  similarToCommon: 'strengthWarningSimilarToCommon',
  wordByItself: 'strengthWarningWordByItself',
  namesByThemselves: 'strengthWarningNamesByThemselves',
  commonNames: 'strengthWarningCommonNames',
};

export const SUGGESTION_MESSAGES: Readonly<Record<string, MessageKey>> = {
  l33t: 'strengthSuggestL33t',
  reverseWords: 'strengthSuggestReverseWords',
  allUppercase: 'strengthSuggestAllUppercase',
  capitalization: 'strengthSuggestCapitalization',
  dates: 'strengthSuggestDates',
  recentYears: 'strengthSuggestRecentYears',
  associatedYears: 'strengthSuggestAssociatedYears',
  sequences: 'strengthSuggestSequences',
  repeated: 'strengthSuggestRepeated',
  longerKeyboardPattern: 'strengthSuggestLongerKeyboardPattern',
  anotherWord: 'strengthSuggestAnotherWord',
  useWords: 'strengthSuggestUseWords',
  noNeed: 'strengthSuggestNoNeed',
};
