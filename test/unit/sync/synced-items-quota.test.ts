// The synced vault within storage.sync's quota: how many accounts fit, and what happens past that.
//
// Measured: 1,000 typical accounts (issuers of 40 real services, e-mail addresses as labels,
// 160-bit seeds, 30 % with a site) take 84,787 bytes in 17 items; up to 1,204 fit in the 100,352
// bytes this test leaves the format (the quota less 2 KB for the meta item and a margin). With
// 64 random letters for both issuer and label, 430 of 1,000 fit and the 570 newest are left out.
import { describe, expect, test } from 'vitest';
import { SYNC_AREA_LIMITS } from '../../../lib/storage/sync-area';
import { SYNC_FORMAT_MAX_ITEMS } from '../../../lib/sync/item-layout';
import { packSyncedState, SyncSpaceError } from '../../../lib/sync/pack-state';
import { isTombstone, sortedById, type AccountEntry, type LiveEntry, type ReplicaState } from '../../../lib/sync/replica-state';
import { unpackSyncedState } from '../../../lib/sync/unpack-state';
import { NOTHING_WRITTEN } from '../../../lib/sync/written-units';
import { bytesOf, longNames, testCipher, typicalState, VAULT_ID } from './synced-items-fixtures';

const BUDGET = SYNC_AREA_LIMITS.quotaBytes - 2_048;

const newestFirst = (entries: LiveEntry[]) =>
  [...entries].sort((a, b) => b.fields.createdAt - a.fields.createdAt || (a.id < b.id ? 1 : -1)).map((entry) => entry.id);
const liveOf = (state: ReplicaState) => [...state.accounts.values()].filter((entry): entry is LiveEntry => !isTombstone(entry));

function expectWithinLimits(set: Record<string, string>): void {
  expect(bytesOf(set)).toBeLessThanOrEqual(SYNC_AREA_LIMITS.quotaBytes);
  expect(Object.keys(set).length).toBeLessThanOrEqual(SYNC_FORMAT_MAX_ITEMS);
  for (const [key, value] of Object.entries(set)) expect(bytesOf({ [key]: value }), key).toBeLessThanOrEqual(SYNC_AREA_LIMITS.quotaBytesPerItem);
}

describe('the space synced accounts take', () => {
  test('1,000 typical accounts fit, each item within the per-item limit', async () => {
    const cipher = await testCipher();
    const packed = await packSyncedState(typicalState({ count: 1000 }), cipher, VAULT_ID, NOTHING_WRITTEN, BUDGET);
    console.log(`1,000 typical accounts take ${packed.bytes} bytes in ${Object.keys(packed.set).length} items`);
    expect(packed.notSynced).toEqual([]);
    expect(packed.bytes).toBe(bytesOf(packed.set));
    expect(packed.bytes).toBeLessThanOrEqual(BUDGET);
    expectWithinLimits(packed.set);
  });

  test('the most typical accounts that fit is measured, and above 1,000', async () => {
    const cipher = await testCipher();
    const fits = async (count: number) =>
      (await packSyncedState(typicalState({ count }), cipher, VAULT_ID, NOTHING_WRITTEN, Infinity)).bytes <= BUDGET;
    let [fitting, tooMany] = [1000, 2000];
    expect(await fits(fitting)).toBe(true);
    expect(await fits(tooMany)).toBe(false);
    while (tooMany - fitting > 1) {
      const middle = Math.floor((fitting + tooMany) / 2);
      if (await fits(middle)) fitting = middle;
      else tooMany = middle;
    }
    console.log(`up to ${fitting} typical accounts fit in ${BUDGET} bytes`);
    expect(fitting).toBeGreaterThan(1100);
  });

  test('of 1,000 accounts with 64-character names, the newest are left out and the rest fit', async () => {
    const cipher = await testCipher();
    const state = typicalState({ count: 1000, names: longNames(7) });
    const packed = await packSyncedState(state, cipher, VAULT_ID, NOTHING_WRITTEN, BUDGET);
    console.log(`1,000 accounts with long names: ${1000 - packed.notSynced.length} fit in ${packed.bytes} bytes`);
    expect(packed.notSynced.length).toBeGreaterThan(0);
    expect(packed.notSynced).toEqual(newestFirst(liveOf(state)).slice(0, packed.notSynced.length));
    expect(packed.bytes).toBeLessThanOrEqual(BUDGET);
    expectWithinLimits(packed.set);
    // One more account would not have fitted: no more is left out than needed.
    const oneMore = new Set(packed.notSynced.slice(0, -1));
    const tighter = { ...state, accounts: sortedById([...state.accounts].filter(([id]) => !oneMore.has(id))) };
    expect((await packSyncedState(tighter, cipher, VAULT_ID, NOTHING_WRITTEN, Infinity)).bytes).toBeGreaterThan(BUDGET);

    const read = await unpackSyncedState(packed.set, cipher, VAULT_ID);
    expect(read.problems).toEqual([]);
    const left = new Set(packed.notSynced);
    expect([...read.state.accounts.keys()]).toEqual([...state.accounts.keys()].filter((id) => !left.has(id)));
    // The order still names every account, those left out too.
    expect(read.state.order).toEqual(state.order);
  });

  test('accounts sync already carries are kept before new ones, however old those are', async () => {
    const cipher = await testCipher();
    const state = typicalState({ count: 1000, names: longNames(8) });
    const carried = new Set(newestFirst(liveOf(state)).slice(0, 400));
    const before = { ...state, accounts: sortedById([...state.accounts].filter(([id]) => carried.has(id))) };
    const first = await packSyncedState(before, cipher, VAULT_ID, NOTHING_WRITTEN, BUDGET);
    expect(first.notSynced).toEqual([]);
    const { written } = await unpackSyncedState(first.set, cipher, VAULT_ID);

    const packed = await packSyncedState(state, cipher, VAULT_ID, written, BUDGET);
    const fresh = liveOf(state).filter((entry) => !carried.has(entry.id));
    expect(packed.notSynced.length).toBeGreaterThan(0);
    expect(packed.notSynced).toEqual(newestFirst(fresh).slice(0, packed.notSynced.length));
    expect(packed.bytes).toBeLessThanOrEqual(BUDGET);
  });

  test('deletions always go; when they alone cannot fit, nothing is written', async () => {
    const cipher = await testCipher();
    const deletions: AccountEntry[] = Array.from({ length: 50 }, (_, index) => ({
      id: crypto.randomUUID(),
      rev: { clock: index + 1, replica: 'r' },
      hotpCounter: 0,
      deleted: true,
      deletedAt: 1_800_000_000_000 + index,
    }));
    const state: ReplicaState = { accounts: sortedById(deletions.map((entry) => [entry.id, entry])), clock: 50 };
    await expect(packSyncedState(state, cipher, VAULT_ID, NOTHING_WRITTEN, 500)).rejects.toThrow(SyncSpaceError);
    const packed = await packSyncedState(state, cipher, VAULT_ID, NOTHING_WRITTEN, BUDGET);
    expect((await unpackSyncedState(packed.set, cipher, VAULT_ID)).state).toEqual(state);
  });
});
