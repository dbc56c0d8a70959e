// A synced state packed into storage.sync's items and read back is the same state; a later pack
// writes only the units an edit changed.
import { describe, expect, test } from 'vitest';
import { applyLocalEdit } from '../../../lib/sync/local-edit';
import { bucketOf, ORDER_UNIT } from '../../../lib/sync/item-layout';
import { packSyncedState, type PackedState } from '../../../lib/sync/pack-state';
import { isTombstone, sortedById, type AccountEntry, type LiveEntry, type ReplicaState } from '../../../lib/sync/replica-state';
import type { SyncCipher } from '../../../lib/vault/vault-port';
import { pruneTombstones, TOMBSTONE_RETENTION_MS } from '../../../lib/sync/tombstones';
import { unpackSyncedState } from '../../../lib/sync/unpack-state';
import { NOTHING_WRITTEN } from '../../../lib/sync/written-units';
import { REPLICAS, testCipher, typicalState, VAULT_ID } from './synced-items-fixtures';

const BUDGET = 100_000;
const [LAPTOP, DESKTOP] = REPLICAS as [string, string];

/** Every kind of entry the state can hold. */
function variedState(): ReplicaState {
  const secret = (first: number) => Uint8Array.from({ length: 20 }, (_, index) => (first + index * 7) % 256);
  const entries: AccountEntry[] = [
    {
      id: '0f8d6a52-4c4e-4e0b-9d8e-2f7b1c3a5d61',
      rev: { clock: 4, replica: LAPTOP },
      hotpCounter: 0,
      fields: { type: 'totp', issuer: 'GitHub', label: 'jane@example.com', secret: secret(1), algorithm: 'SHA1', digits: 6, period: 30, createdAt: 1_700_000_000_123, origins: ['https://github.com'], siteMatch: 'site', pinned: true },
    },
    {
      id: '7a1e2b3c-9d8e-4f01-a234-56789abcdef0',
      rev: { clock: 9, replica: DESKTOP },
      hotpCounter: 17,
      fields: { type: 'hotp', issuer: 'Bank', label: 'j.doe', secret: secret(2), algorithm: 'SHA512', digits: 8, period: 30, createdAt: 1_700_000_500_000, pinned: false, origins: [] },
    },
    {
      id: 'c3d4e5f6-0718-4293-8a4b-5c6d7e8f9012',
      rev: { clock: 7, replica: LAPTOP },
      hotpCounter: 0,
      fields: {
        type: 'totp', issuer: 'EMnify', label: 'ops@acme-corp.com', secret: secret(3), algorithm: 'SHA256', digits: 6, period: 60, createdAt: 1_700_001_000_000,
        server: { tiedAt: 1_700_001_000_500, enrolment: 'active', mfaKeyId: 42, username: 'ops@acme-corp.com', profileId: 'emnify-prod' },
      },
    },
    // Deleted, with the counter it had.
    { id: '1b2c3d4e-5f60-4718-9a0b-c1d2e3f4a5b6', rev: { clock: 11, replica: DESKTOP }, hotpCounter: 5, deleted: true, deletedAt: 1_700_002_000_000 },
    // An id that is not a UUID travels as text.
    {
      id: 'imported-account-7',
      rev: { clock: 2, replica: 'replica-with-its-own-name' },
      hotpCounter: 0,
      fields: { type: 'totp', issuer: '', label: 'Ünïcödé ✓ label', secret: secret(4).slice(0, 10), algorithm: 'SHA1', digits: 6, period: 30, createdAt: 1_699_999_999_999 },
    },
  ];
  return {
    accounts: sortedById(entries.map((entry) => [entry.id, entry])),
    // Names a deleted account, and one whose tombstone was already dropped.
    order: { rev: { clock: 10, replica: LAPTOP }, ids: ['7a1e2b3c-9d8e-4f01-a234-56789abcdef0', 'ac1d0000-0000-4000-8000-000000000000', 'imported-account-7', '0f8d6a52-4c4e-4e0b-9d8e-2f7b1c3a5d61', '1b2c3d4e-5f60-4718-9a0b-c1d2e3f4a5b6', 'c3d4e5f6-0718-4293-8a4b-5c6d7e8f9012'] },
    clock: 11,
  };
}

async function roundTrip(state: ReplicaState, cipher: SyncCipher) {
  const packed = await packSyncedState(state, cipher, VAULT_ID, NOTHING_WRITTEN, BUDGET);
  const read = await unpackSyncedState({ ...packed.set, m: { plain: 'meta item' }, unrelated: 3 }, cipher, VAULT_ID);
  return { packed, read };
}

function itemsAfter(items: Record<string, unknown>, packed: PackedState): Record<string, unknown> {
  const next = { ...items, ...packed.set };
  for (const key of packed.remove) delete next[key];
  return next;
}

describe('packing the synced state', () => {
  test('reads back live accounts, deletions, order, HOTP counters, server ties and sites as they were', async () => {
    const cipher = await testCipher();
    const state = variedState();
    const { packed, read } = await roundTrip(state, cipher);
    expect(read.problems).toEqual([]);
    expect(read.state).toEqual(state);
    expect(packed.notSynced).toEqual([]);
    expect(packed.remove).toEqual([]);
  });

  test('keeps a clock higher than every write it holds, as after old deletions were dropped', async () => {
    const cipher = await testCipher();
    const pruned = pruneTombstones(variedState(), 1_700_002_000_000 + TOMBSTONE_RETENTION_MS + 1);
    expect(pruned.accounts.size).toBe(4);
    const { read } = await roundTrip(pruned, cipher);
    expect(read.state).toEqual(pruned);
    expect(read.state.clock).toBe(11);
  });

  test('reads back 1,000 accounts and an empty state alike', async () => {
    const cipher = await testCipher();
    const large = typicalState({ count: 1000 });
    expect((await roundTrip(large, cipher)).read.state).toEqual(large);
    const empty: ReplicaState = { accounts: new Map(), clock: 0 };
    const { packed, read } = await roundTrip(empty, cipher);
    expect(packed.set).toEqual({});
    expect(read.state).toEqual(empty);
  });
});

describe('packing again after a change', () => {
  async function packedTwice(change: (state: ReplicaState) => ReplicaState) {
    const cipher = await testCipher();
    const state = typicalState({ count: 300 });
    const first = await packSyncedState(state, cipher, VAULT_ID, NOTHING_WRITTEN, BUDGET);
    const { written, state: read } = await unpackSyncedState(first.set, cipher, VAULT_ID);
    const changed = change(read);
    const second = await packSyncedState(changed, cipher, VAULT_ID, written, BUDGET);
    const after = await unpackSyncedState(itemsAfter(first.set, second), cipher, VAULT_ID);
    expect(after.state).toEqual(changed);
    expect(after.problems).toEqual([]);
    return { state: read, first, second, written };
  }
  const someAccount = (state: ReplicaState): LiveEntry => {
    const entry = [...state.accounts.values()][123]!;
    if (isTombstone(entry)) throw new Error('a live account was expected');
    return entry;
  };

  test('writes nothing when nothing changed', async () => {
    const { second, first } = await packedTwice((state) => state);
    expect(second.set).toEqual({});
    expect(second.remove).toEqual([]);
    expect(second.bytes).toBe(Object.entries(first.set).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0));
  });

  test('an edit of one account rewrites its bucket and nothing else', async () => {
    let edited = '';
    const { second } = await packedTwice((state) => {
      const entry = someAccount(state);
      edited = entry.id;
      return applyLocalEdit(state, LAPTOP, { kind: 'put', id: entry.id, fields: { ...entry.fields, label: 'renamed' }, hotpCounter: entry.hotpCounter });
    });
    expect(Object.keys(second.set)).toEqual([bucketOf(edited)]);
    expect(second.remove).toEqual([]);
  });

  test('a deletion rewrites its bucket and nothing else', async () => {
    let deleted = '';
    const { second } = await packedTwice((state) => {
      deleted = someAccount(state).id;
      return applyLocalEdit(state, DESKTOP, { kind: 'delete', id: deleted, at: 1_800_000_000_000 });
    });
    expect(Object.keys(second.set)).toEqual([bucketOf(deleted)]);
  });

  test('a reorder rewrites the order unit and nothing else', async () => {
    const { second } = await packedTwice((state) =>
      applyLocalEdit(state, DESKTOP, { kind: 'reorder', ids: [...state.order!.ids].reverse() }),
    );
    expect(Object.keys(second.set)).toEqual([ORDER_UNIT]);
  });

  test('a new account is written to its bucket, and the order unit names it among the synced ones', async () => {
    const id = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';
    const { second } = await packedTwice((state) =>
      applyLocalEdit(state, LAPTOP, { kind: 'put', id, fields: { ...someAccount(state).fields, createdAt: 1_900_000_000_000 }, hotpCounter: 0 }),
    );
    expect(Object.keys(second.set).sort()).toEqual([bucketOf(id), ORDER_UNIT].sort());
  });

  test('units that no longer have anything to hold are removed; the clock stays', async () => {
    const { second, first } = await packedTwice((state) => ({ accounts: new Map(), clock: state.clock }));
    expect(Object.keys(second.set)).toEqual([ORDER_UNIT]);
    expect(second.remove).toEqual(Object.keys(first.set).filter((key) => key !== ORDER_UNIT).sort());
  });
});
