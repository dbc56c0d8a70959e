import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_CATALOGUE } from '../../../lib/background/storage-catalogue';
import { eraseStoredItems, ownsStoredKey } from '../../../lib/storage/erase-stored';
import type { StoredEntry } from '../../../lib/storage/stored-item';
import { uncataloguedKeys } from './catalogue-watch';

beforeEach(() => {
  fakeBrowser.reset();
});

const nameOf = (entry: StoredEntry) => ('prefix' in entry ? `${entry.prefix}*` : entry.key);

describe('the storage catalogue', () => {
  it('keeps the keys and areas earlier releases wrote, so what users stored is still read', () => {
    const byArea = (area: string) => STORAGE_CATALOGUE.filter((entry) => entry.area === area).map(nameOf).sort();
    expect(byArea('local')).toEqual(['backupStatus', 'lastLogin', 'serverProfiles', 'settings', 'syncBase', 'syncLink', 'syncStatus', 'syncWrites']);
    expect(byArea('session')).toEqual([
      'autofillPending',
      'deletedAccount:*',
      'openingView',
      'pendingMfa',
      'serverSession',
      'serverSessionRecord',
      'serverTokens',
      'sessionNotice',
      'usedCodeSteps',
      'vaultKey',
    ]);
  });

  it('lists no key twice: no two entries of an area share a key, and none owns another one’s', () => {
    const names = STORAGE_CATALOGUE.map((entry) => `${entry.area}:${nameOf(entry)}`);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of STORAGE_CATALOGUE) {
      if ('prefix' in entry) continue;
      const owners = STORAGE_CATALOGUE.filter((other) => ownsStoredKey(other, entry.area, entry.key));
      expect(owners.map(nameOf)).toEqual([entry.key]);
    }
  });

  it('gives every entry a version, with a migration for each step after 1', () => {
    for (const entry of STORAGE_CATALOGUE) {
      expect(Number.isInteger(entry.version) && entry.version >= 1, nameOf(entry)).toBe(true);
      for (let version = 2; version <= entry.version; version++) expect(entry.migrations?.[version], nameOf(entry)).toBeTypeOf('function');
    }
  });

  it('owns each key it lists, with its version key, in its own area', async () => {
    for (const entry of STORAGE_CATALOGUE) {
      fakeBrowser.reset();
      const key = 'prefix' in entry ? `${entry.prefix}some-id` : entry.key;
      await fakeBrowser.storage[entry.area].set({ [key]: 'x', [`${key}$`]: { v: 1 } });
      expect(await uncataloguedKeys(), nameOf(entry)).toEqual([]);
    }
  });

  it('does not own a key of another name, or of the other area', async () => {
    await fakeBrowser.storage.local.set({ settingz: 1, vaultKey: 1 });
    await fakeBrowser.storage.session.set({ settings: 1, 'deletedAccount-1': 1 });
    expect((await uncataloguedKeys()).sort()).toEqual(['local:settingz', 'local:vaultKey', 'session:deletedAccount-1', 'session:settings']);
    fakeBrowser.reset();
  });

  it('is what erasing removes: both areas are left empty', async () => {
    for (const entry of STORAGE_CATALOGUE) {
      const key = 'prefix' in entry ? `${entry.prefix}some-id` : entry.key;
      await fakeBrowser.storage[entry.area].set({ [key]: 'x', [`${key}$`]: { v: 2 } });
    }
    await eraseStoredItems(STORAGE_CATALOGUE);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
