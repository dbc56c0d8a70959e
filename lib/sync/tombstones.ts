// How long a deletion is remembered. A tombstone stops an older live copy (held by a browser that
// has not heard of the deletion yet) from bringing the account back; kept forever, tombstones would
// fill storage.sync's 100 KB with accounts nobody has. After TOMBSTONE_RETENTION_MS it is dropped:
// a browser that stayed away from sync longer than that may bring such an account back, which the
// user can delete again; nothing is ever lost by it.
import { isTombstone, sortedById, type ReplicaState } from './replica-state';

export const TOMBSTONE_RETENTION_DAYS = 90;
export const TOMBSTONE_RETENTION_MS = TOMBSTONE_RETENTION_DAYS * 24 * 60 * 60_000;

/** The state without the tombstones older than the retention. The clock stays, so later writes still go past the deletions. */
export function pruneTombstones(state: ReplicaState, now: number): ReplicaState {
  const oldest = now - TOMBSTONE_RETENTION_MS;
  const stale = [...state.accounts.values()].some((entry) => isTombstone(entry) && entry.deletedAt < oldest);
  if (!stale) return state;
  const accounts = sortedById([...state.accounts].filter(([, entry]) => !(isTombstone(entry) && entry.deletedAt < oldest)));
  return { ...state, accounts };
}
