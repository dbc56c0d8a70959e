// storage.sync's items back into a synced state. What another browser wrote is input: each unit is
// read on its own, and one that fails its tag, its shape, or comes from a newer format is reported
// and left out while the others still count. Never throws for bad items.
import type { SyncCipher } from '../vault/vault-port';
import { decodeBucket, encodeBucket } from './bucket-codec';
import { syncItemBytes } from '../storage/sync-area';
import { BUCKET_UNITS, ORDER_UNIT, parsePartKey, type UnitName } from './item-layout';
import { decodeOrderUnit, encodeOrderUnit } from './order-codec';
import { sortedById, type AccountEntry, type OrderRegister, type ReplicaState } from './replica-state';
import { openUnit } from './sealed-unit';
import type { SyncProblem } from './sync-problems';
import type { WrittenUnit, WrittenUnits } from './written-units';

export type UnpackedState = {
  state: ReplicaState;
  /** What to hand packSyncedState after merging, so it writes only what changed. */
  written: WrittenUnits;
  problems: SyncProblem[];
};

/** `items` is everything storage.sync.get() returned; keys the format does not own are ignored. */
export async function unpackSyncedState(
  items: Readonly<Record<string, unknown>>,
  cipher: SyncCipher,
  vaultId: string,
): Promise<UnpackedState> {
  const parts = new Map<UnitName, Map<number, unknown>>();
  const bytes = new Map<string, number>();
  for (const [key, value] of Object.entries(items)) {
    const place = parsePartKey(key);
    if (!place) continue;
    bytes.set(key, syncItemBytes(key, value));
    if (!parts.has(place.unit)) parts.set(place.unit, new Map());
    parts.get(place.unit)!.set(place.index, value);
  }

  const problems: SyncProblem[] = [];
  const units = new Map<UnitName, WrittenUnit>();
  const open = async (unit: UnitName) => {
    const found = parts.get(unit);
    if (!found) return undefined;
    const opened = await openUnit(unit, found, cipher, vaultId);
    if (!opened.ok) {
      problems.push({ unit, reason: opened.reason });
      return undefined;
    }
    problems.push(...opened.leftovers.map((): SyncProblem => ({ unit, reason: 'extra-part' })));
    return opened;
  };

  const entries: AccountEntry[] = [];
  for (const unit of BUCKET_UNITS) {
    const opened = await open(unit);
    if (!opened) continue;
    const bucket = decodeBucket(unit, opened);
    if (!bucket) {
      problems.push({ unit, reason: 'damaged' });
      continue;
    }
    entries.push(...bucket.entries);
    problems.push(...bucket.problems);
    if (bucket.problems.length === 0) units.set(unit, { content: encodeBucket(bucket.entries), keys: opened.keys });
  }

  const syncedIds = entries.map((entry) => entry.id).sort();
  const entriesClock = Math.max(0, ...entries.map((entry) => entry.rev.clock));
  let clock = entriesClock;
  let order: OrderRegister | undefined;
  const opened = await open(ORDER_UNIT);
  if (opened) {
    const decoded = await decodeOrderUnit(opened, syncedIds);
    if (!decoded) problems.push({ unit: ORDER_UNIT, reason: 'damaged' });
    else {
      // The clock is taken even from an order that cannot be placed: a clock only ever goes up.
      clock = Math.max(clock, decoded.clock);
      if (decoded.outOfStep) problems.push({ unit: ORDER_UNIT, reason: 'out-of-step' });
      else {
        order = decoded.order;
        const shownClock = Math.max(entriesClock, order?.rev.clock ?? 0);
        const content = await encodeOrderUnit({ order, clock }, syncedIds, shownClock);
        if (content !== undefined) units.set(ORDER_UNIT, { content, keys: opened.keys });
      }
    }
  }

  const accounts = sortedById(entries.map((entry) => [entry.id, entry]));
  const state: ReplicaState = order ? { accounts, order, clock } : { accounts, clock };
  return { state, written: { units, itemBytes: bytes, accountIds: new Set(syncedIds) }, problems };
}
