// Reading, writing, removing and watching one declared item. A read never throws for what it finds:
// a value that does not parse reads as the item's fallback.
import { browser } from 'wxt/browser';
import { decodeStored } from './stored-decode';
import { versionKey, type StoredItem } from './stored-item';

export async function readStored<T, F>(item: StoredItem<T, F>): Promise<T | F> {
  const meta = versionKey(item.key);
  const stored = await browser.storage[item.area].get([item.key, meta]);
  const decoded = decodeStored(item, stored[item.key], stored[meta]);
  if (decoded) return decoded.data;
  if (item.removeDamaged) await browser.storage[item.area].remove([item.key, meta]);
  return item.fallback;
}

export function writeStored<T>(item: StoredItem<T, unknown>, value: T): Promise<void> {
  // Version 1 is stored raw, as before versions were kept; later ones with their version, in one call.
  const version = item.version > 1 ? { [versionKey(item.key)]: { v: item.version } } : {};
  return browser.storage[item.area].set({ [item.key]: value, ...version });
}

/** Removes the items, their versions with them, in one call: all of the first one's area. */
export async function removeStored(...items: StoredItem<unknown, unknown>[]): Promise<void> {
  const area = items[0]?.area;
  if (area) await browser.storage[area].remove(items.flatMap((item) => [item.key, versionKey(item.key)]));
}

/**
 * Calls `listener` with what the item reads as after every change, from any of the extension's
 * contexts, and what it read as just before: a watcher that compares the two needs no read of its
 * own to know where it started. The writer is this same release, so both are of the item's version.
 */
export function watchStored<T, F>(item: StoredItem<T, F>, listener: (value: T | F, previous: T | F) => void): void {
  const readAs = (value: unknown) => (decodeStored(item, value ?? undefined, { v: item.version }) ?? { data: item.fallback }).data;
  browser.storage[item.area].onChanged.addListener((changes) => {
    const change = changes[item.key];
    if (change) listener(readAs(change.newValue), readAs(change.oldValue));
  });
}
