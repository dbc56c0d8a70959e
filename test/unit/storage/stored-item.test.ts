import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { eraseStoredItems, ownsStoredKey } from '../../../lib/storage/erase-stored';
import { readStoredFamily } from '../../../lib/storage/stored-family';
import { readStored, removeStored, watchStored, writeStored } from '../../../lib/storage/stored-io';
import { defineStoredFamily, defineStoredItem, memberOf, type Parser } from '../../../lib/storage/stored-item';
import * as z from '../../../lib/zod';

beforeEach(() => {
  fakeBrowser.reset();
});

// The keys here are the tests' own, not the extension's: they go before the catalogue is checked.
afterEach(() => {
  fakeBrowser.reset();
});

const count = defineStoredItem({ area: 'local', key: 'count', parser: z.int(), fallback: 0, version: 1 });

/** A hand-written parser: anything with safeParse fits. */
const evenParser: Parser<number> = {
  safeParse: (value) => (typeof value === 'number' && value % 2 === 0 ? { success: true, data: value } : { success: false }),
};

describe('a stored item', () => {
  it('reads the fallback while nothing is stored, and what was written after', async () => {
    expect(await readStored(count)).toBe(0);
    await writeStored(count, 7);
    expect(await readStored(count)).toBe(7);
  });

  it('stores a version-1 value raw, as the release before versions did, with nothing beside it', async () => {
    await writeStored(count, 7);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ count: 7 });
  });

  it('reads a value that does not parse as the fallback, and leaves it', async () => {
    for (const damaged of ['seven', 7.5, null, { count: 7 }]) {
      await fakeBrowser.storage.local.set({ count: damaged });
      expect(await readStored(count)).toBe(0);
    }
    await fakeBrowser.storage.local.set({ count: 'seven' });
    await readStored(count);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ count: 'seven' });
  });

  it('removes a damaged value as it reads it when the item asks for that', async () => {
    const key = defineStoredItem({ area: 'session', key: 'k', parser: evenParser, fallback: undefined, version: 1, removeDamaged: true });
    await fakeBrowser.storage.session.set({ k: 3, other: 1 });
    expect(await readStored(key)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ other: 1 });
    await fakeBrowser.storage.session.set({ k: 4 });
    expect(await readStored(key)).toBe(4);
  });

  it('reads as the fallback, never throws, when a parser throws', async () => {
    const throwing = defineStoredItem({
      area: 'local',
      key: 'count',
      parser: { safeParse: (): never => { throw new Error('broken'); } },
      fallback: -1,
      version: 1,
    });
    await fakeBrowser.storage.local.set({ count: 1 });
    expect(await readStored(throwing)).toBe(-1);
  });

  it('removes the value and its version, and only them', async () => {
    await fakeBrowser.storage.local.set({ count: 3, count$: { v: 2 }, other: 1 });
    await removeStored(count);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ other: 1 });
    await removeStored();
  });

  it('tells a watcher what the item reads as after each change, and before it', async () => {
    const seen: Array<[number, number]> = [];
    watchStored(count, (value, previous) => seen.push([value, previous]));
    await writeStored(count, 4);
    await writeStored(count, 5);
    await fakeBrowser.storage.local.set({ count: 'damaged', other: 1 });
    await removeStored(count);
    expect(seen).toEqual([[4, 0], [5, 4], [0, 5], [0, 0]]);
  });
});

describe('versions', () => {
  // Version 2 keeps the count as { n }; version 1 (raw, no version stored) kept the bare number.
  const counter = defineStoredItem({
    area: 'local',
    key: 'count',
    parser: z.object({ n: z.int() }),
    fallback: { n: 0 },
    version: 2,
    migrations: { 2: (value) => ({ n: value }) },
  });

  it('migrates a raw value of the release before versions', async () => {
    await fakeBrowser.storage.local.set({ count: 5 });
    expect(await readStored(counter)).toEqual({ n: 5 });
  });

  it('stores a later version beside the value, in the same write, and reads it without migrating', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await writeStored(counter, { n: 6 });
    expect(set).toHaveBeenCalledOnce();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ count: { n: 6 }, count$: { v: 2 } });
    expect(await readStored(counter)).toEqual({ n: 6 });
  });

  it('reads the fallback when a step of the way is missing or fails', async () => {
    const three = { ...counter, version: 3, migrations: { 3: (value: unknown) => value } };
    await fakeBrowser.storage.local.set({ count: 5 });
    expect(await readStored(three)).toEqual({ n: 0 });
    const failing = { ...counter, migrations: { 2: () => { throw new Error('cannot'); } } };
    expect(await readStored(failing)).toEqual({ n: 0 });
  });

  it('parses a value of a newer release as it is: the parser decides', async () => {
    await fakeBrowser.storage.local.set({ count: 9, count$: { v: 7 } });
    expect(await readStored(count)).toBe(9);
  });
});

describe('a family of keys', () => {
  const notes = defineStoredFamily({ area: 'session', prefix: 'note:', parser: z.string(), fallback: undefined, version: 1 });

  it('keeps each member under the prefix and its id, and reads them all, damaged ones as the fallback', async () => {
    await writeStored(memberOf(notes, 'a'), 'first');
    await writeStored(memberOf(notes, 'b'), 'second');
    await fakeBrowser.storage.session.set({ 'note:c': 42, other: 'x' });
    expect(await fakeBrowser.storage.session.get('note:a')).toEqual({ 'note:a': 'first' });
    expect(Object.fromEntries(await readStoredFamily(notes))).toEqual({ a: 'first', b: 'second', c: undefined });
    await removeStored(memberOf(notes, 'a'), memberOf(notes, 'c'));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'note:b': 'second', other: 'x' });
  });

  it('erases the items and families given, their versions with them, and nothing else', async () => {
    await fakeBrowser.storage.local.set({ count: 1, count$: { v: 1 }, counter: 2, other: 3 });
    await fakeBrowser.storage.session.set({ 'note:a': 'x', 'note:a$': { v: 1 }, count: 4 });
    await eraseStoredItems([count, notes]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ counter: 2, other: 3 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ count: 4 });
    expect(ownsStoredKey(count, 'local', 'count$')).toBe(true);
    expect(ownsStoredKey(count, 'session', 'count')).toBe(false);
    expect(ownsStoredKey(notes, 'session', 'note:anything')).toBe(true);
  });
});
