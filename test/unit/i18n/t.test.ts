// Messages come from the browser in the user's language, with values, numbers and plurals put in
// as that language writes them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';

const GERMAN: Record<string, string> = {
  messagesLanguage: 'de',
  greeting: 'Hallo {name}, {count} Konten',
  item_one: '{count} Duplikat',
  item_other: '{count} Duplikate',
};

async function freshModule(language: string, messages: Record<string, string>) {
  vi.resetModules();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(language);
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => messages[key] ?? '');
  return import('../../../lib/i18n/t');
}

afterEach(() => vi.restoreAllMocks());

describe('t', () => {
  it('puts named values in, numbers formatted for the language, and leaves unknown names alone', async () => {
    const { t } = await freshModule('de', GERMAN);
    expect(t('greeting' as never, { name: 'Ada', count: 1234 })).toBe('Hallo Ada, 1.234 Konten');
    expect(t('greeting' as never, { name: 'Ada' })).toBe('Hallo Ada, {count} Konten');
  });

  it('picks the plural form by the language’s rules, falling back to the “other” form', async () => {
    const { plural } = await freshModule('de', GERMAN);
    expect(plural('item' as never, 1)).toBe('1 Duplikat');
    expect(plural('item' as never, 7)).toBe('7 Duplikate');
    expect(plural('item' as never, 0)).toBe('0 Duplikate');
  });

  it('formats dates and numbers for the browser’s language', async () => {
    const { formatDate, formatNumber } = await freshModule('de', GERMAN);
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatDate(Date.UTC(2026, 11, 7, 12), { dateStyle: 'long', timeZone: 'UTC' })).toBe('7. Dezember 2026');
  });

  it('writes dates in the language of the messages shown, with the browser’s region when it matches', async () => {
    expect((await freshModule('en_US', { messagesLanguage: 'en' })).uiLocale()).toBe('en-US');
    expect((await freshModule('de-AT', { messagesLanguage: 'de' })).uiLocale()).toBe('de-AT');
    // German messages in a browser that reports English: the dates follow the sentences.
    expect((await freshModule('en-US', { messagesLanguage: 'de' })).uiLocale()).toBe('de');
  });
});
