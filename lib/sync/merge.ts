// The merge of two replicas' states. It is a join: commutative, associative and idempotent, so
// replicas that exchange states in any order, any number of times, end with the same state.
//
// The rule: per account the newer write (higher Lamport clock, then higher replica id) wins the
// whole entry, a tombstone like any edit, while the HOTP counter is the higher of both sides
// whatever wins; the order is the newer of both registers; the clock is the higher of both.
import {
  isTombstone,
  sortedById,
  type AccountEntry,
  type OrderRegister,
  type ReplicaState,
} from './replica-state';
import { compareRevisions } from './revision';

export function mergeStates(a: ReplicaState, b: ReplicaState): ReplicaState {
  const ids = new Set([...a.accounts.keys(), ...b.accounts.keys()]);
  const accounts = sortedById(
    [...ids].map((id) => [id, mergeEntries(a.accounts.get(id), b.accounts.get(id))] as const),
  );
  const order = mergeOrders(a.order, b.order);
  const merged: ReplicaState = { accounts, clock: Math.max(a.clock, b.clock) };
  return order ? { ...merged, order } : merged;
}

function mergeEntries(a: AccountEntry | undefined, b: AccountEntry | undefined): AccountEntry {
  if (!a || !b) return (a ?? b)!;
  const hotpCounter = Math.max(a.hotpCounter, b.hotpCounter);
  const newer = compareRevisions(a.rev, b.rev);
  if (newer > 0) return { ...a, hotpCounter };
  if (newer < 0) return { ...b, hotpCounter };
  // The same write seen twice: a replica never reuses a revision, so both sides hold the same
  // content. Were that promise broken, the tombstone is still picked on every replica alike.
  return isTombstone(b) ? { ...b, hotpCounter } : { ...a, hotpCounter };
}

function mergeOrders(a: OrderRegister | undefined, b: OrderRegister | undefined): OrderRegister | undefined {
  if (!a || !b) return a ?? b;
  return compareRevisions(a.rev, b.rev) >= 0 ? a : b;
}
