// The browser's storage.sync as the synced vault uses it: the whole area read at once, one batch of
// sets and removes written at once, and its changes watched. Only the synced vault's format lives
// there (lib/sync owns what the items mean); nothing else of the extension is ever written to it.
import { browser } from 'wxt/browser';
import { utf8Encode } from '../crypto/bytes';

/** The limits Chrome and Firefox both give storage.sync, as their documentation states them. */
export const SYNC_AREA_LIMITS = {
  /** Bytes in all: each item counts its key's length plus its value's JSON length. */
  quotaBytes: 102_400,
  quotaBytesPerItem: 8_192,
  maxItems: 512,
  /** Chrome's; Firefox states none, and the same pace serves both. */
  maxWritesPerMinute: 120,
  maxWritesPerHour: 1_800,
} as const;

/** The bytes an item takes in storage.sync's quota, as both browsers count them: its key plus its value's JSON, in UTF-8. */
export function syncItemBytes(key: string, value: unknown): number {
  return utf8Encode(key).length + utf8Encode(JSON.stringify(value) ?? '').length;
}

export function readSyncArea(): Promise<Record<string, unknown>> {
  return browser.storage.sync.get(null);
}

/**
 * Writes `set` and removes `remove`. Each non-empty half is one write operation in the browser's
 * count (the sync cycle paces them); resolves once both are done, rejects with the browser's error
 * (a quota exceeded, a write limit reached) otherwise.
 */
export async function writeSyncArea(set: Record<string, unknown>, remove: readonly string[], removeFirst = false): Promise<void> {
  const removing = () => (remove.length > 0 ? browser.storage.sync.remove([...remove]) : undefined);
  // Near the quota, what goes must be gone before what comes is set, or the set is refused.
  if (removeFirst) await removing();
  if (Object.keys(set).length > 0) await browser.storage.sync.set(set);
  if (!removeFirst) await removing();
}

/** Removes every item of the area (the synced vault's own only: nothing else is kept there). */
export function clearSyncArea(): Promise<void> {
  return browser.storage.sync.clear();
}

/** Calls `listener` with the keys that changed in storage.sync, by this browser or through its sync. */
export function watchSyncArea(listener: (changedKeys: string[]) => void): void {
  browser.storage.sync.onChanged.addListener((changes) => listener(Object.keys(changes)));
}
