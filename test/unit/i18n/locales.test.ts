// Every language has every message English has and no other, with the same `{values}`; every
// message is used by the code (and every message the code names exists: t() takes only English
// message names, which the type checker holds it to). A translation that lags
// behind the code, or a message left over after its screen changed, fails here.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessages } from './english-messages';
import { extensionSources } from './source-files';

const LANGUAGES = readdirSync(resolve('public/_locales'));
const english = readMessages('en');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/u;

function valuesOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]!).sort();
}

/** Every word-like string literal in the code, and every `__MSG_name__` of the manifest. */
function namesInCode(): Set<string> {
  const names = new Set<string>();
  for (const { text } of extensionSources()) {
    for (const match of text.matchAll(/(['"`])([A-Za-z][\w@]*)\1/gu)) names.add(match[2]!);
    for (const match of text.matchAll(/__MSG_(\w+)__/gu)) names.add(match[1]!);
  }
  return names;
}

describe('the message files', () => {
  it('are English and German at least, English being the default', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'de']));
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has exactly the messages English has', (language) => {
    const translated = readMessages(language);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGUAGES)('%s puts in the same values as English, and has no empty message', (language) => {
    const messages = readMessages(language);
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), `${language}: ${key}`).not.toBe('');
      if (english[key]) expect(valuesOf(message), `${language}: ${key}`).toEqual(valuesOf(english[key].message));
    }
  });

  it.each(LANGUAGES)('%s names and describes the extension within what the stores show', (language) => {
    const messages = readMessages(language);
    // Chrome refuses a name over 75 characters; its Web Store cuts the summary at 132.
    expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it('has a one and an other form for each plural message', () => {
    const bases = new Set(Object.keys(english).filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
    for (const base of bases) expect(Object.keys(english), base).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
  });

  it('has no message the code does not use', () => {
    const used = namesInCode();
    const unused = Object.keys(english).filter((key) => !used.has(key) && !used.has(key.replace(PLURAL_SUFFIX, '')));
    expect(unused).toEqual([]);
  });
});
