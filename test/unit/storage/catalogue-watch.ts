// After every unit test (test/unit/setup.ts): each key the test's real flows left in the fake
// browser's storage must belong to an entry of STORAGE_CATALOGUE, or "Erase everything" would leave
// it behind. The catalogue is loaded only when something is stored, so tests that never touch
// storage do not load the modules it lists.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageAreaName } from '../../../lib/storage/stored-item';

/** Keys tests write on purpose as someone else's data, to show that it is left alone. */
const NOT_OURS: readonly string[] = ['unrelated'];

/** `area:key` of every stored key no catalogue entry owns. */
export async function uncataloguedKeys(): Promise<string[]> {
  const stored: [StorageAreaName, string][] = [];
  for (const area of ['local', 'session'] as const) {
    for (const key of Object.keys(await fakeBrowser.storage[area].get(null))) stored.push([area, key]);
  }
  const ours = stored.filter(([, key]) => !NOT_OURS.includes(key));
  if (ours.length === 0) return [];
  const { STORAGE_CATALOGUE } = await import('../../../lib/background/storage-catalogue');
  const { ownsStoredKey } = await import('../../../lib/storage/erase-stored');
  return ours
    .filter(([area, key]) => !STORAGE_CATALOGUE.some((entry) => ownsStoredKey(entry, area, key)))
    .map(([area, key]) => `${area}:${key}`);
}
