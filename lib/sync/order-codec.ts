// The order unit's JSON: the order register and what the buckets cannot show of the clock.
//
// A register names every account, and ids are random UUIDs that compress to about 21 bytes each:
// written out, the order of 1,000 accounts would take a quarter of storage.sync. So an id that a
// bucket holds is written as its place among all the ids the buckets hold (ascending), with a
// digest of that list; a reader whose buckets hold another list (one is damaged, or a newer write
// of a bucket has not arrived yet) sees the digest differ and skips the order rather than
// misreading it. Ids no bucket holds (left out for space, or dropped) are written out.
import { toBase64, utf8Encode } from '../crypto/bytes';
import type { OrderRegister } from './replica-state';
import type { UnitContent } from './unit-content';
import { orderUnitSchema, type OrderUnitJson } from './unit-schemas';

/** 72 bits: a digest that differs by chance once in 10^21 lists. */
const DIGEST_BYTES = 9;

export type OrderUnit = {
  order?: OrderRegister;
  /** The state's clock. */
  clock: number;
};

/**
 * The unit's canonical content (JSON only), or undefined when there is nothing to write: no order,
 * and a clock that `shownClock` (the highest write the buckets and the order show) already gives.
 */
export async function encodeOrderUnit(unit: OrderUnit, syncedIds: readonly string[], shownClock: number): Promise<UnitContent | undefined> {
  const { order, clock } = unit;
  const json: OrderUnitJson = {};
  if (clock > shownClock) json.c = clock;
  if (order) {
    const place = new Map(syncedIds.map((id, index) => [id, index]));
    const ids = order.ids.map((id) => place.get(id) ?? id);
    json.o = { c: order.rev.clock, r: order.rev.replica, i: ids };
    if (ids.some((id) => typeof id === 'number')) json.o.h = await digestOf(syncedIds);
  }
  return json.c === undefined && json.o === undefined ? undefined : { json: JSON.stringify(json), bytes: new Uint8Array() };
}

export type DecodedOrderUnit = OrderUnit & { outOfStep: boolean };

/** The unit read against the ids the buckets were read with; undefined when its shape is wrong. */
export async function decodeOrderUnit(
  content: { value: unknown; bytes: Uint8Array },
  syncedIds: readonly string[],
): Promise<DecodedOrderUnit | undefined> {
  const parsed = orderUnitSchema.safeParse(content.value);
  if (!parsed.success || content.bytes.length > 0) return undefined;
  const { c = 0, o } = parsed.data;
  if (!o) return { clock: c, outOfStep: false };
  const clock = Math.max(c, o.c);
  const byPlace = o.i.some((id) => typeof id === 'number');
  if (byPlace && o.h === undefined) return undefined;
  if (byPlace && o.h !== (await digestOf(syncedIds))) return { clock, outOfStep: true };
  const ids = o.i.map((id) => (typeof id === 'number' ? syncedIds[id] : id));
  if (ids.some((id) => id === undefined)) return undefined;
  return { clock, order: { rev: { clock: o.c, replica: o.r }, ids: ids as string[] }, outOfStep: false };
}

async function digestOf(ids: readonly string[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', utf8Encode(JSON.stringify(ids)));
  return toBase64(new Uint8Array(digest, 0, DIGEST_BYTES));
}
