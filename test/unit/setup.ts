// IndexedDB for the vault tests: a faithful in-memory implementation, fresh per test file.
import 'fake-indexeddb/auto';
import { afterEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageReader } from './i18n/english-messages';
import { uncataloguedKeys } from './storage/catalogue-watch';

// Sentences are read in English, as in a browser whose language has no messages of its own.
const english = messageReader('en');
fakeBrowser.i18n.getMessage = (key: string) => english(key);
fakeBrowser.i18n.getUILanguage = () => 'en-US';

// Every test doubles as a check of the storage catalogue: whatever its flows stored is listed there.
afterEach(async () => {
  expect(await uncataloguedKeys(), 'keys in browser.storage that STORAGE_CATALOGUE does not list').toEqual([]);
});
