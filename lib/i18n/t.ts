// Every sentence a user reads comes from the browser's i18n (`_locales/<lang>/messages.json`): the
// browser picks the language the user runs it in, falls back to English for a missing message, and
// the files are data the browser reads, not code any bundle carries.
//
// Values go in as `{name}` in the message text and are put in here, not by the browser's own `$1`
// placeholders: a translator sees what each value is and can move it, and both browsers treat the
// braces as plain text. Numbers are formatted for the user's language; plurals pick `<key>_one`,
// `<key>_other` (and any other category the language has) by the language's own rules.
import { browser } from 'wxt/browser';
import type english from '../../public/_locales/en/messages.json';

/** A message of the English file, the one every other language is checked against. */
export type MessageKey = keyof typeof english;

/** The `<key>` of every `<key>_one` / `<key>_other` pair. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export type MessageValues = Readonly<Record<string, string | number>>;

let cachedLocale: string | undefined;

/**
 * The language the messages are shown in, as a BCP 47 tag (`de`, `en-GB`), for the dates and
 * numbers among them. Each message file names its own language: the browser may pick a file by
 * other settings than the ones getUILanguage() reports (headless Chromium told `--lang=de` shows
 * German messages and reports en-US), and a date must read as the sentence around it does. The
 * reported language still gives the region when it is the same language (en-GB, de-AT).
 */
export function uiLocale(): string {
  if (cachedLocale) return cachedLocale;
  const reported = browser.i18n.getUILanguage().replace('_', '-');
  const shown = browser.i18n.getMessage('messagesLanguage') || reported;
  cachedLocale = reported.toLowerCase().startsWith(`${shown.toLowerCase()}-`) ? reported : shown;
  return cachedLocale;
}

// Made once per page: building a formatter loads the language's data, and the popup's rows ask
// for a plural and a number on every tick of their countdowns.
let numbers: Intl.NumberFormat | undefined;
let plurals: Intl.PluralRules | undefined;

function formatValue(value: string | number): string {
  if (typeof value !== 'number') return value;
  numbers ??= new Intl.NumberFormat(uiLocale());
  return numbers.format(value);
}

function fill(text: string, values: MessageValues | undefined): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    Object.hasOwn(values, name) ? formatValue(values[name]!) : whole,
  );
}

// A page's messages never change while it is open: each is read from the browser once. A list
// row asks for half a dozen of them, on every tick of its countdown.
const texts = new Map<string, string>();

function message(key: MessageKey): string {
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = browser.i18n.getMessage(key)));
  return text;
}

/** The message `key` in the user's language, with `{name}` values put in. */
export function t(key: MessageKey, values?: MessageValues): string {
  return fill(message(key), values);
}

/** The form of `key` that fits `count` in the user's language ("1 duplicate", "7 duplicates"). */
export function plural(key: PluralKey, count: number, values?: MessageValues): string {
  plurals ??= new Intl.PluralRules(uiLocale());
  const category = plurals.select(count);
  // A language may have forms English has not (`_few`, `_many`): the English file types the keys,
  // and the browser answers '' for a form a language lacks, when `_other` stands in.
  const text = message(`${key}_${category}` as MessageKey) || message(`${key}_other`);
  return fill(text, { count, ...values });
}

/** A date (and time, when asked) as the user's language writes it. */
export function formatDate(at: number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(uiLocale(), options).format(at);
}

/** A number as the user's language writes it (digit grouping, decimal mark). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLocale(), options).format(value);
}
