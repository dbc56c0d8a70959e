// The vault the synced state stands for: its live accounts, in the user's order, with counters.
import { isTombstone, type LiveEntry, type ReplicaState } from './replica-state';

/**
 * Live accounts in the order register's order; accounts it does not name (added after the last
 * reorder, on any browser) follow by creation time, then by id: the same on every browser.
 */
export function liveAccountsInOrder(state: ReplicaState): LiveEntry[] {
  const live = [...state.accounts.values()].filter((entry): entry is LiveEntry => !isTombstone(entry));
  const position = new Map((state.order?.ids ?? []).map((id, index) => [id, index]));
  const named = live.filter((entry) => position.has(entry.id)).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const rest = live
    .filter((entry) => !position.has(entry.id))
    .sort((a, b) => a.fields.createdAt - b.fields.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...named, ...rest];
}
