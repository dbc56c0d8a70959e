// Reads for the popup's first script, which loads no polyfill (it would be the slowest part of
// that script): the browser's own promise-returning API, browser.* in Firefox and chrome.* in
// Chrome MV3, with the same decoding as every other read.
import { decodeStored } from './stored-decode';
import { versionKey, type StorageAreaName, type StoredItem } from './stored-item';

/** The part of the platform's storage API a read needs. */
export interface PlatformStorage {
  storage: Record<StorageAreaName, { get(keys: string[]): Promise<Record<string, unknown>> }>;
}

/** What the item reads as; a damaged value reads as its fallback (and is left for the background). */
export async function readStoredEarly<T, F>(platform: PlatformStorage, item: StoredItem<T, F>): Promise<T | F> {
  const meta = versionKey(item.key);
  const stored = await platform.storage[item.area].get([item.key, meta]);
  return (decodeStored(item, stored[item.key], stored[meta]) ?? { data: item.fallback }).data;
}
