// The merge of two replicas' states. It is a join: commutative, associative and idempotent, so
// replicas that exchange states in any order, any number of times, end with the same state.
//
// The rule: per account the newer write (higher Lamport clock, then higher replica id) wins the
// whole entry, a tombstone like any edit, while the HOTP counter is the higher of both sides
// whatever wins; the order is the newer of both registers; clocks take the higher, replica sets unite.
import {
  isTombstone,
  sortedById,
  sortedUnion,
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
  const merged: ReplicaState = { accounts, clock: Math.max(a.clock, b.clock), replicas: sortedUnion(a.replicas, b.replicas) };
  return order ? { ...merged, order } : merged;
}

function mergeEntries(a: AccountEntry | undefined, b: AccountEntry | undefined): AccountEntry {
  if (!a || !b) return (a ?? b)!;
  const hotpCounter = Math.max(a.hotpCounter, b.hotpCounter);
  const newer = compareRevisions(a.rev, b.rev);
  if (newer > 0) return { ...a, hotpCounter };
  if (newer < 0) return { ...b, hotpCounter };
  // The same write seen twice. A replica never reuses a revision, so both sides hold the same
  // content; only a tombstone's acknowledgements may have grown apart, and they add up.
  if (isTombstone(a) && isTombstone(b)) return { ...a, hotpCounter, acks: sortedUnion(a.acks, b.acks) };
  // Unreachable unless a replica broke that promise: still pick the same side on every replica.
  return isTombstone(b) ? { ...b, hotpCounter } : { ...a, hotpCounter };
}

function mergeOrders(a: OrderRegister | undefined, b: OrderRegister | undefined): OrderRegister | undefined {
  if (!a || !b) return a ?? b;
  return compareRevisions(a.rev, b.rev) >= 0 ? a : b;
}
