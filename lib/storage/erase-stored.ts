// Erasing what the extension stored: every key of the items and families given (the catalogue),
// with their versions. Keys nobody declared are not touched.
import { browser } from 'wxt/browser';
import { versionKey, type StorageAreaName, type StoredEntry } from './stored-item';

/** Whether `key` of `area` belongs to the entry: its key, a member of its family, or their versions. */
export function ownsStoredKey(entry: StoredEntry, area: StorageAreaName, key: string): boolean {
  if (entry.area !== area) return false;
  return 'prefix' in entry ? key.startsWith(entry.prefix) : key === entry.key || key === versionKey(entry.key);
}

export async function eraseStoredItems(entries: readonly StoredEntry[]): Promise<void> {
  for (const area of ['local', 'session'] as const) {
    const stored = Object.keys(await browser.storage[area].get(null));
    const keys = stored.filter((key) => entries.some((entry) => ownsStoredKey(entry, area, key)));
    if (keys.length > 0) await browser.storage[area].remove(keys);
  }
}
