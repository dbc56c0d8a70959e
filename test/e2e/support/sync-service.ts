// The browser's sync service between two profiles, as the end-to-end tests of sync play it: one
// profile's storage.sync is copied into the other's (its items set, the keys it lacks removed),
// through the receiving profile's own storage.sync, so that its extension's change listener and
// merge run as they do when Chrome Sync or Firefox Sync delivers. Shared by both browser families:
// only how a profile's area is read and written differs (support/sync-area.ts,
// support/firefox/sync-area.ts).
import { isDeepStrictEqual } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { waitUntil } from './firefox/wait';

export type SyncItems = Record<string, unknown>;

/** One profile's storage.sync, read and written from one of its extension pages. */
export interface ProfileSyncArea {
  /** Which profile, for the messages of failed waits. */
  name: string;
  read(): Promise<SyncItems>;
  /** Makes the area hold exactly `items`: sets them, and removes every key they lack. */
  replaceWith(items: SyncItems): Promise<void>;
}

/**
 * The room one sync step has: a cycle starts a second after a change, and a browser writes to
 * storage.sync at most every 3 s (lib/sync/write-pace.ts), plus a slow, shared machine's time.
 */
export const SYNC_STEP_TIMEOUT = 20_000;
/** A write is taken as done when the area reads the same this long after (a set and a remove are two calls). */
const WRITE_SETTLED_MS = 500;

/** Copies `from`'s area into `to`'s, as the sync service delivers it; returns what it copied. */
export async function deliver(from: ProfileSyncArea, to: ProfileSyncArea): Promise<SyncItems> {
  const items = await from.read();
  if (!isDeepStrictEqual(items, await to.read())) await to.replaceWith(items);
  return items;
}

/**
 * Delivers `from` to `to` again whenever `from`'s area changes (its extension may write in two
 * steps, or only once its pace allows), until `arrived` says the change is there.
 */
export async function deliverUntil(
  from: ProfileSyncArea,
  to: ProfileSyncArea,
  what: string,
  arrived: () => Promise<boolean>,
): Promise<void> {
  let delivered: SyncItems | undefined;
  await waitUntil(
    `${what} (delivering ${from.name}'s storage.sync to ${to.name})`,
    async () => {
      const items = await from.read();
      if (!isDeepStrictEqual(items, delivered)) {
        await to.replaceWith(items);
        delivered = items;
      }
      return arrived();
    },
    (done) => done,
    SYNC_STEP_TIMEOUT,
  );
}

/**
 * Waits until the profile's extension has written its area anew (it holds other than `before`),
 * and the write is done; returns what it holds.
 */
export async function nextWrite(area: ProfileSyncArea, before: SyncItems, what: string): Promise<SyncItems> {
  const { items: written } = await waitUntil(
    `${area.name}'s extension to write ${what} to its storage.sync`,
    async () => {
      const items = await area.read();
      // A failed wait names the keys it last read, not their sealed texts.
      return { items, toJSON: () => `keys ${Object.keys(items).sort().join(', ')}` };
    },
    ({ items }) => !isDeepStrictEqual(items, before),
    SYNC_STEP_TIMEOUT,
  );
  let last = written;
  for (;;) {
    await sleep(WRITE_SETTLED_MS);
    const now = await area.read();
    if (isDeepStrictEqual(now, last)) return now;
    last = now;
  }
}

/**
 * A stretch of the longest item's sealed text: what a scan of a profile on disk finds when its
 * storage.sync is among the files scanned.
 */
export function sealedSample(items: SyncItems): Uint8Array {
  const texts = Object.values(items).filter((value): value is string => typeof value === 'string');
  const longest = texts.sort((x, y) => y.length - x.length)[0] ?? '';
  if (longest.length < 80) throw new Error(`storage.sync holds no sealed item to look for (longest: ${longest.length} characters).`);
  return Buffer.from(longest.slice(16, 80));
}
