// Turning what an area held back into an item's value: shared by the reads through the polyfill
// (stored-io.ts) and the popup's first script, which loads none (early-read.ts).
import type { StoredItem } from './stored-item';

/**
 * What a stored value reads as: `{ data }`, the fallback when nothing is stored, or undefined when
 * it is damaged. A value newer than the item (a later release wrote it) is parsed as it is: the
 * parser decides whether this release can use it.
 */
export function decodeStored<T, F>(item: StoredItem<T, F>, value: unknown, meta: unknown): { data: T | F } | undefined {
  if (value === undefined) return { data: item.fallback };
  try {
    const stored = (meta as { v?: unknown } | undefined)?.v;
    for (let version = typeof stored === 'number' ? stored : 1; version < item.version; version++) {
      const step = item.migrations?.[version + 1];
      if (!step) return undefined;
      value = step(value);
    }
    const parsed = item.parser.safeParse(value);
    if (parsed.success) return parsed;
  } catch {
    // A parser or migration that throws has found a damaged value, like one that says no.
  }
  return undefined;
}
