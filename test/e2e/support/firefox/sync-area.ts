// A Firefox profile's storage.sync as the test's sync service reads and writes it: from one of the
// extension's own pages, with browser.storage.sync, so a write is the profile's real storage.sync
// changing and its background's change listener runs (support/sync-service.ts).
import type { Page } from 'puppeteer-core';
import type { ProfileSyncArea, SyncItems } from '../sync-service';

type SyncStorage = {
  storage: {
    sync: {
      get(keys: null): Promise<SyncItems>;
      set(items: SyncItems): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
};

/** The area of the profile `extensionPage` belongs to (any page of the extension that stays open). */
export function firefoxSyncArea(name: string, extensionPage: Page): ProfileSyncArea {
  return {
    name,
    read: () => extensionPage.evaluate(() => (globalThis as unknown as { browser: SyncStorage }).browser.storage.sync.get(null)),
    replaceWith: (items) =>
      extensionPage.evaluate(async (items) => {
        const area = (globalThis as unknown as { browser: SyncStorage }).browser.storage.sync;
        const gone = Object.keys(await area.get(null)).filter((key) => !(key in items));
        if (Object.keys(items).length > 0) await area.set(items);
        if (gone.length > 0) await area.remove(gone);
      }, items),
  };
}
