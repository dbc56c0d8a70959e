import {
  ACCOUNT_TERMS,
  AUTHENTICATOR_APP_TERMS,
  EXCLUDED_TERMS,
  GENERIC_CODE_TERMS,
  ONE_TIME_CODE_TERMS,
  SENT_TERMS,
  SMS_OR_EMAIL_TERMS,
  type ExcludedKind,
} from './keywords';
import { mentions, normalizeText } from './normalize-text';

/** What a field (or a row of one-digit boxes) says about itself, read from the page. */
export interface FieldFacts {
  /** `input.type` */
  type: string;
  autocomplete: string;
  inputMode: string;
  /** -1 when the field sets none. */
  maxLength: number;
  pattern: string;
  /** id, name, placeholder, title, aria-label(ledby/describedby), labels: the field's own words. */
  ownText: string;
  /** The short text around the field (its group, its paragraph). */
  contextText: string;
  /** What a person reads before filling it in: the nearest heading, its form's text, the page's announcements. */
  pageText: string;
  /** How many one-character boxes make up the field: 1 for an ordinary field. */
  boxes: number;
  /** The only field to type into in its form (a row of boxes counts as one). */
  alone?: boolean;
}

export type Exclusion = ExcludedKind | 'other-kind' | 'account' | 'sms-or-email';

/**
 * How much a field looks like the authenticator's code field, and what kind of field it is if it
 * must never get the code however much it looks like one.
 */
export interface FieldScore {
  score: number;
  excluded?: Exclusion;
}

/** A field needs this much to be filled: one real hint of a one-time code, or two weak ones. */
export const MIN_SCORE = 30;

const TEXT_TYPES = ['text', 'tel', 'number'];

/**
 * Autofill field names (WHATWG autocomplete) of the data a code field sits next to: a field that
 * declares one of them is that kind. Unknown tokens (`off`, `nope`) say nothing and are ignored.
 * @see https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#autofill-field
 */
const OTHER_AUTOCOMPLETE = /(?:^|\s)(?:username|new-password|current-password|email|tel|postal-code|cc-)/;

function isNumeric(facts: FieldFacts): boolean {
  return /numeric/.test(facts.inputMode) || /tel|number/.test(facts.type) || /^(?:\\d|\[0-9\])/.test(facts.pattern);
}

/** Six to eight characters: every common authenticator's code length (RFC 4226 §5.3: 6 or more). */
function hasCodeLength({ boxes, maxLength, pattern }: FieldFacts): boolean {
  const length = boxes > 1 ? boxes : maxLength;
  return (length >= 6 && length <= 8) || /\{[678](?:,\d*)?\}/.test(pattern);
}

/**
 * What kind of field it is, if one that never gets the authenticator's code. Among them, a field
 * for a code sent by text message or e-mail: such a field often carries autocomplete=one-time-code
 * too, so this outweighs any sign of a code field. The field's own words say so, or the page says
 * a code was sent (an authenticator's never is). Only the field's own words naming the app set
 * this aside (a page offering several ways). What a page offers in links and buttons ("get a code
 * by SMS instead") is not in pageText, and says nothing here.
 */
function exclusionOf(facts: FieldFacts, own: string, context: string, page: string, oneTimeCode: boolean): Exclusion | undefined {
  if (facts.type === 'search') return 'search';
  if (!TEXT_TYPES.includes(facts.type) || OTHER_AUTOCOMPLETE.test(facts.autocomplete)) return 'other-kind';
  for (const [kind, list] of Object.entries(EXCLUDED_TERMS)) {
    if (mentions(own, list)) return kind as ExcludedKind;
  }
  const saysOneTimeCode = oneTimeCode || mentions(own, ONE_TIME_CODE_TERMS);
  const saysSms = mentions(own, SMS_OR_EMAIL_TERMS);
  const namesApp = mentions(own, AUTHENTICATOR_APP_TERMS);
  if (!namesApp && ((saysSms && (saysOneTimeCode || mentions(own, GENERIC_CODE_TERMS))) || mentions(page, SENT_TERMS))) {
    return 'sms-or-email';
  }
  // A phone number or an e-mail address is an account field too, unless the field says it is a code.
  if ((saysSms || mentions(own, ACCOUNT_TERMS)) && !saysOneTimeCode) return 'account';
  // A sentence right around the field names SMS or e-mail with a code ("Get the code from your
  // e-mail inbox"), where nothing names the app. SMS or e-mail alone there says nothing: it is as
  // often the account shown above the field ("Email address: …") or a device's name ("Phone").
  const smsCode = facts.contextText.split(/[.!?:\n]/).some((sentence) => {
    const words = normalizeText(sentence);
    return mentions(words, SMS_OR_EMAIL_TERMS) && (mentions(words, ONE_TIME_CODE_TERMS) || mentions(words, GENERIC_CODE_TERMS));
  });
  if (smsCode && !mentions(`${own} ${context} ${page}`, AUTHENTICATOR_APP_TERMS)) return 'sms-or-email';
  // The paragraph around may name the code's kind when the field itself does not.
  if (!saysOneTimeCode && mentions(context, EXCLUDED_TERMS.recovery) && !mentions(context, ONE_TIME_CODE_TERMS)) {
    return 'recovery';
  }
  return undefined;
}

/**
 * How likely a field is to want the authenticator's code, and whether it must never get it. Pure:
 * the page is read elsewhere. Exclusions win over any score, so a "promo code" field with
 * autocomplete=one-time-code is still a promo code field; the score stays, so that what comes
 * closest to a code field can tell why it was refused.
 */
export function scoreField(facts: FieldFacts): FieldScore {
  const own = normalizeText(facts.ownText);
  const context = normalizeText(facts.contextText);
  const page = normalizeText(facts.pageText);
  const autocomplete = facts.autocomplete.toLowerCase();
  const oneTimeCode = autocomplete.includes('one-time-code');

  // The weights: the standard's own marker outranks any wording; the field's own words count
  // more than the text around it, and that more than the page's heading and form; shape (digits,
  // 6–8 long, a row of boxes) adds up.
  let score = oneTimeCode ? 100 : 0;
  if (mentions(own, ONE_TIME_CODE_TERMS)) score += 50;
  else if (mentions(own, GENERIC_CODE_TERMS)) score += 10;
  if (mentions(context, ONE_TIME_CODE_TERMS)) score += 20;
  else if (mentions(page, ONE_TIME_CODE_TERMS)) score += 15;
  if (isNumeric(facts)) score += 15;
  if (hasCodeLength(facts)) score += 15;
  if (facts.boxes > 1) score += 25;
  // The one thing a form asks for, where its heading or instructions name the code.
  if (facts.alone) score += 10;
  const excluded = exclusionOf({ ...facts, autocomplete }, own, context, page, oneTimeCode);
  return excluded ? { score, excluded } : { score };
}
