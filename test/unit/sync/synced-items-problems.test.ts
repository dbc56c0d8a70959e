// Synced items are input from other browsers: whatever is wrong with one unit is reported and that
// unit left out, while every other unit still counts. Nothing here may throw.
import type { SyncCipher } from '../../../lib/vault/vault-port';
import { beforeAll, describe, expect, test } from 'vitest';
import { encodeBucket } from '../../../lib/sync/bucket-codec';
import { bucketOf, ORDER_UNIT, partKey } from '../../../lib/sync/item-layout';
import { packSyncedState } from '../../../lib/sync/pack-state';
import type { ReplicaState } from '../../../lib/sync/replica-state';
import { sealUnit } from '../../../lib/sync/sealed-unit';
import { unpackSyncedState } from '../../../lib/sync/unpack-state';
import { NOTHING_WRITTEN } from '../../../lib/sync/written-units';
import { longNames, testCipher, typicalState, VAULT_ID } from './synced-items-fixtures';

let cipher: SyncCipher;
let state: ReplicaState;
let items: Record<string, string>;
/** A bucket written over two items, and two written in one. */
let split: string;
let single: string;
let other: string;

beforeAll(async () => {
  cipher = await testCipher();
  // Long names make some buckets larger than one item.
  state = typicalState({ count: 700, names: longNames(3) });
  items = (await packSyncedState(state, cipher, VAULT_ID, NOTHING_WRITTEN, Infinity)).set;
  split = Object.keys(items).find((key) => key.endsWith('.1'))!.slice(0, 3);
  const whole = Object.keys(items).filter((key) => /^b\d\d$/.test(key) && !(partKey(key, 1) in items));
  expect(split && whole.length >= 2).toBeTruthy();
  [single, other] = whole as [string, string];
});

/** A bucket left out takes the order with it: the order names accounts by their place among all of them. */
const ORDER_OUT_OF_STEP = { unit: ORDER_UNIT, reason: 'out-of-step' };
const entriesIn = (bucket: string) => [...state.accounts.values()].filter((entry) => bucketOf(entry.id) === bucket);

/** Reads `changed` items and checks that everything outside the named buckets is read as packed. */
async function readExpecting(changed: Record<string, unknown>, lost: string[]) {
  const read = await unpackSyncedState(changed, cipher, VAULT_ID);
  const expected = [...state.accounts.values()].filter((entry) => !lost.includes(bucketOf(entry.id)));
  expect([...read.state.accounts.values()]).toEqual(expected);
  for (const unit of lost) expect(read.written.units.has(unit)).toBe(false);
  return read;
}

function without(keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(items).filter(([key]) => !keys.includes(key)));
}

async function sealed(unit: string, json: string, bytes: Uint8Array = new Uint8Array()): Promise<string> {
  const { items: parts } = await sealUnit(unit, { json, bytes }, cipher, VAULT_ID);
  expect(parts).toHaveLength(1);
  return parts[0]![1];
}

describe('reading synced items', () => {
  test('an altered character fails the unit’s authentication', async () => {
    const value = items[single]!;
    const at = Math.floor(value.length / 2);
    const flipped = value.slice(0, at) + (value[at] === 'A' ? 'B' : 'A') + value.slice(at + 1);
    const read = await readExpecting({ ...items, [single]: flipped }, [single]);
    expect(read.problems).toEqual([{ unit: single, reason: 'tampered' }, ORDER_OUT_OF_STEP]);
  });

  test('a truncated item is reported', async () => {
    for (const cut of [items[single]!.slice(0, 200), items[single]!.slice(0, 201), '1:1:', '']) {
      const read = await readExpecting({ ...items, [single]: cut }, [single]);
      expect(read.problems).toHaveLength(2);
      expect(read.problems[1]).toEqual(ORDER_OUT_OF_STEP);
      expect(read.problems[0]!.unit).toBe(single);
      expect(['damaged', 'tampered']).toContain(read.problems[0]!.reason);
    }
  });

  test('a unit moved to another key fails authentication there', async () => {
    const read = await readExpecting({ ...items, [other]: items[single]! }, [other]);
    expect(read.problems).toEqual([{ unit: other, reason: 'tampered' }, ORDER_OUT_OF_STEP]);
  });

  test('a unit of another vault fails authentication, even under the same key', async () => {
    const foreign = (await packSyncedState(state, cipher, 'another-vault', NOTHING_WRITTEN, Infinity)).set;
    const read = await readExpecting({ ...items, [single]: foreign[single]! }, [single]);
    expect(read.problems).toEqual([{ unit: single, reason: 'tampered' }, ORDER_OUT_OF_STEP]);
  });

  test('a unit of a newer format is left for a newer version to read', async () => {
    const read = await readExpecting({ ...items, [single]: items[single]!.replace(/^1:/, '2:') }, [single]);
    expect(read.problems).toEqual([{ unit: single, reason: 'newer-format' }, ORDER_OUT_OF_STEP]);
  });

  test('a missing part, a part of another write, or parts without their first one make the unit incomplete', async () => {
    const again = (await packSyncedState(state, cipher, VAULT_ID, NOTHING_WRITTEN, Infinity)).set;
    for (const changed of [without([partKey(split, 1)]), { ...items, [partKey(split, 1)]: again[partKey(split, 1)]! }, without([split])]) {
      const read = await readExpecting(changed, [split]);
      expect(read.problems).toEqual([{ unit: split, reason: 'incomplete' }, ORDER_OUT_OF_STEP]);
    }
  });

  test('a leftover part past the last is reported, the unit read, and the next pack removes it', async () => {
    const leftover = partKey(single, 3);
    const read = await readExpecting({ ...items, [leftover]: 'AAAA' }, []);
    expect(read.problems).toEqual([{ unit: single, reason: 'extra-part' }]);
    const packed = await packSyncedState(read.state, cipher, VAULT_ID, read.written, Infinity);
    expect(packed.set).toEqual({});
    expect(packed.remove).toEqual([leftover]);
  });

  test('an item that is not text is damaged', async () => {
    const read = await readExpecting({ ...items, [single]: { not: 'text' } }, [single]);
    expect(read.problems).toEqual([{ unit: single, reason: 'damaged' }, ORDER_OUT_OF_STEP]);
  });

  test('JSON of the wrong shape is damaged; an entry the vault would refuse is skipped alone', async () => {
    const wrongShape = await sealed(single, '{"r":"one replica","e":[]}');
    let read = await readExpecting({ ...items, [single]: wrongShape }, [single]);
    expect(read.problems).toEqual([{ unit: single, reason: 'damaged' }, ORDER_OUT_OF_STEP]);

    const { json, bytes } = encodeBucket(entriesIn(single));
    const parsed = JSON.parse(json) as { e: { d: unknown }[] };
    parsed.e[0]!.d = 'six';
    read = await unpackSyncedState({ ...items, [single]: await sealed(single, JSON.stringify(parsed), bytes) }, cipher, VAULT_ID);
    expect(read.problems).toEqual([{ unit: single, reason: 'invalid-entry' }, ORDER_OUT_OF_STEP]);
    const refused = entriesIn(single)[0]!.id;
    expect([...read.state.accounts.keys()]).toEqual([...state.accounts.keys()].filter((id) => id !== refused));
    // Not counted as written as it is: the next pack writes the unit afresh.
    expect(read.written.units.has(single)).toBe(false);
  });

  test('a unit that would inflate past any real unit’s size is damaged, not inflated', async () => {
    const bomb = await sealed(single, `{"r":[],"e":[],"z":"${'a'.repeat(5 * 1024 * 1024)}"}`);
    const read = await readExpecting({ ...items, [single]: bomb }, [single]);
    expect(read.problems).toEqual([{ unit: single, reason: 'damaged' }, ORDER_OUT_OF_STEP]);
  });

  test('raw bytes that do not line up with the entries make the unit damaged', async () => {
    const { json, bytes } = encodeBucket(entriesIn(single));
    const read = await readExpecting({ ...items, [single]: await sealed(single, json, bytes.slice(1)) }, [single]);
    expect(read.problems).toEqual([{ unit: single, reason: 'damaged' }, ORDER_OUT_OF_STEP]);
  });

  test('an entry in the wrong bucket is skipped, the rest of its bucket read', async () => {
    const stray = entriesIn(other)[0]!;
    const { json, bytes } = encodeBucket([...entriesIn(single), stray]);
    // The stray entry's own bucket is left out, so that only the bucket it strayed into can hold it.
    const changed = { ...without([other]), [single]: await sealed(single, json, bytes) };
    const read = await unpackSyncedState(changed, cipher, VAULT_ID);
    expect(read.problems).toContainEqual({ unit: single, reason: 'misplaced-entry' });
    expect(read.state.accounts.has(stray.id)).toBe(false);
    for (const entry of entriesIn(single)) expect(read.state.accounts.get(entry.id)).toEqual(entry);
  });

  test('an order written against other buckets than those read is skipped, its clock kept', async () => {
    const read = await readExpecting(without([single]), [single]);
    expect(read.problems).toEqual([{ unit: ORDER_UNIT, reason: 'out-of-step' }]);
    expect(read.state.order).toBeUndefined();
    expect(read.state.clock).toBe(state.clock);
  });
});
