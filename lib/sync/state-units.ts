// A synced state as the units' canonical content: its entries in their buckets, its order and clock in
// the order unit. Accounts left out for space are in no bucket; the order still names them.
import { BUCKET_UNITS, bucketOf, ORDER_UNIT, type UnitName } from './item-layout';
import { encodeBucket } from './bucket-codec';
import { encodeOrderUnit } from './order-codec';
import type { AccountEntry, ReplicaState } from './replica-state';
import type { UnitContent } from './unit-content';

/** Each unit that has something to hold, with its content; a unit absent here has no item. */
export async function unitsOfState(state: ReplicaState, leftOut: ReadonlySet<string>): Promise<Map<UnitName, UnitContent>> {
  const buckets = new Map<UnitName, AccountEntry[]>(BUCKET_UNITS.map((unit) => [unit, []]));
  for (const entry of state.accounts.values()) {
    if (!leftOut.has(entry.id)) buckets.get(bucketOf(entry.id))!.push(entry);
  }
  const synced = [...buckets.values()].flat();
  const syncedIds = synced.map((entry) => entry.id).sort();
  const shownClock = Math.max(0, state.order?.rev.clock ?? 0, ...synced.map((entry) => entry.rev.clock));
  const units = new Map<UnitName, UnitContent>();
  const order = await encodeOrderUnit({ order: state.order, clock: state.clock }, syncedIds, shownClock);
  if (order !== undefined) units.set(ORDER_UNIT, order);
  for (const [unit, entries] of buckets) if (entries.length > 0) units.set(unit, encodeBucket(entries));
  return units;
}
