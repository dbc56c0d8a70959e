// What the extension keeps in browser.storage, declared once per key by the code that owns it: the
// area, the key, how to check what is read back (disk is input like any other), what a missing or
// damaged value reads as, and the version of the stored shape. The code that reads and writes the
// areas is in this folder only (test/unit/storage/storage-access.test.ts holds everyone to it).
//
// Versions. The values written before items were declared carry no version: that raw shape is
// version 1, and a version-1 value is stored raw, exactly as before, with nothing beside it. From
// version 2 on, a write also stores `{ v }` under the key followed by `$` (WXT's convention), in the
// same call, so the value and its version never disagree. Reading takes the version from there
// (none means 1) and runs `migrations` up to the item's version before parsing. This folder imports
// no zod and no UI: pages use it too.

import type { Parser } from '../parser';

export type StorageAreaName = 'local' | 'session';

export type { Parser };

interface Declared<T, F> {
  area: StorageAreaName;
  parser: Parser<T>;
  /** What a missing value, or one that does not parse, reads as. */
  fallback: F;
  /** Of the shape written now; 1 for the shape values had before versions were stored. */
  version: number;
  /** migrations[n] turns a version n - 1 value into version n; a missing step reads as the fallback. */
  migrations?: Readonly<Record<number, (value: unknown) => unknown>>;
  /** A value that does not parse is removed as it is read, for data that must not linger damaged. */
  removeDamaged?: boolean;
}

/** One key. T is what is written and what a good value reads as; F what anything else reads as. */
export interface StoredItem<T, F = T> extends Declared<T, F> {
  key: string;
}

/** Keys made of a fixed prefix and an id chosen at run time, all of one shape. */
export interface StoredFamily<T, F = T> extends Declared<T, F> {
  prefix: string;
}

/** What the catalogue lists and erasing removes: an item or a family, whatever it holds. */
export type StoredEntry = StoredItem<unknown, unknown> | StoredFamily<unknown, unknown>;

export const defineStoredItem = <T, F = T>(item: StoredItem<T, F>): StoredItem<T, F> => item;

export const defineStoredFamily = <T, F = T>(family: StoredFamily<T, F>): StoredFamily<T, F> => family;

/** The item a family keeps under `id`. */
export const memberOf = <T, F>(family: StoredFamily<T, F>, id: string): StoredItem<T, F> => ({
  ...family,
  key: family.prefix + id,
});

/** Where an item's version is kept once it is past 1. */
export const versionKey = (key: string): string => `${key}$`;
