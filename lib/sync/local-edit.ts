// A change made on this browser, turned into a new write of the synced state. Each write's clock
// goes past every clock the state has seen (Lamport), so it wins over everything it could have
// known of, and only a concurrent write can beat it. The clock is also at least the time the
// write is recorded, in epoch ms (a hybrid clock; the sync cycle records a change a moment after it
// was made): of two writes that did not see each other, the later one wins, as a user expects;
// only writes within the same millisecond fall to the replica id.
import {
  sortedById,
  type AccountEntry,
  type ReplicaState,
  type SyncedFields,
} from './replica-state';
import type { Revision } from './revision';

export type LocalEdit =
  /** An account added, edited, or brought back by an undo: its whole synced fields, as they are now. */
  | { kind: 'put'; id: string; fields: SyncedFields; hotpCounter: number }
  /** An account deleted at `at` (epoch ms). Its undo is a later `put`, which wins over the tombstone. */
  | { kind: 'delete'; id: string; at: number }
  /** An HOTP code was generated: the counter moved on. No revision, so it never overrides an edit. */
  | { kind: 'hotp-counter'; id: string; hotpCounter: number }
  /** The user's new order of the list. */
  | { kind: 'reorder'; ids: readonly string[] };

/** `now` (epoch ms) lifts the clock to the present; without it the clock only counts (Lamport). */
export function applyLocalEdit(state: ReplicaState, replica: string, edit: LocalEdit, now = 0): ReplicaState {
  const rev: Revision = { clock: Math.max(state.clock + 1, Math.floor(now)), replica };
  const known = { ...state, clock: rev.clock };
  switch (edit.kind) {
    case 'reorder':
      return { ...known, order: { rev, ids: [...edit.ids] } };
    case 'put': {
      const hotpCounter = Math.max(edit.hotpCounter, state.accounts.get(edit.id)?.hotpCounter ?? 0);
      return withEntry(known, { id: edit.id, rev, hotpCounter, fields: edit.fields });
    }
    case 'delete': {
      const hotpCounter = state.accounts.get(edit.id)?.hotpCounter ?? 0;
      return withEntry(known, { id: edit.id, rev, hotpCounter, deleted: true, deletedAt: edit.at });
    }
    case 'hotp-counter': {
      // Not a revision: the clock stays, so a counter never decides which write wins.
      const entry = state.accounts.get(edit.id);
      // The vault only counts for accounts it holds, and each of them has an entry once synced.
      if (!entry) throw new RangeError('No synced account has this id.');
      return withEntry(state, { ...entry, hotpCounter: Math.max(entry.hotpCounter, edit.hotpCounter) });
    }
  }
}

function withEntry(state: ReplicaState, entry: AccountEntry): ReplicaState {
  const accounts = sortedById([...state.accounts].filter(([id]) => id !== entry.id).concat([[entry.id, entry]]));
  return { ...state, accounts };
}
