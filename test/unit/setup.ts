// IndexedDB for the vault tests: a faithful in-memory implementation, fresh per test file.
import 'fake-indexeddb/auto';
import { afterEach, expect } from 'vitest';
import { uncataloguedKeys } from './storage/catalogue-watch';

// Every test doubles as a check of the storage catalogue: whatever its flows stored is listed there.
afterEach(async () => {
  expect(await uncataloguedKeys(), 'keys in browser.storage that STORAGE_CATALOGUE does not list').toEqual([]);
});
