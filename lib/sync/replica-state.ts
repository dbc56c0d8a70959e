// What one browser knows of the synced vault: per account its latest write (a live account or a
// tombstone), its HOTP counter, and the user's order of the list.
// Everything here is plain data; merge.ts joins two such states, local-edit.ts makes new writes.
import type { StoredAccount } from '../vault/vault-port';
import type { Revision } from './revision';

/**
 * The fields of an account that travel. Left out: the id (the entry's key), the HOTP counter (its
 * own monotonic value, see AccountEntry) and `lastUsedAt`, which changes at every copy of a code:
 * syncing it would spend storage.sync's write quota and tell other browsers when each code was used.
 */
export type SyncedFields = Omit<StoredAccount, 'id' | 'counter' | 'lastUsedAt' | 'localOnly'>;

type EntryBase = {
  id: string;
  /** The write this entry is; the newer write wins the whole entry. */
  rev: Revision;
  /**
   * Never goes back, whichever write wins: a code generated on any browser has used its counter,
   * and a server refuses a counter it has already seen. Kept by tombstones too, so an undo restores it.
   */
  hotpCounter: number;
};

export type LiveEntry = EntryBase & { fields: SyncedFields };

export type Tombstone = EntryBase & {
  deleted: true;
  /** Epoch ms of the deletion, by the deleting browser's clock: for its retention (tombstones.ts), never for ordering. */
  deletedAt: number;
};

export type AccountEntry = LiveEntry | Tombstone;

/**
 * The order of the list as one last-writer-wins register rather than a key per account: the
 * vault's reorder names every account at once, so two concurrent reorders resolve to one of them
 * as the user made it, never an interleaving nobody chose; and a reorder never competes with an
 * edit of an account's fields. Accounts it does not name (added since) follow, see synced-view.ts.
 */
export type OrderRegister = { rev: Revision; ids: readonly string[] };

export type ReplicaState = {
  /** Keyed by account id, in ascending id order so equal states are equal maps in every sense. */
  accounts: ReadonlyMap<string, AccountEntry>;
  order?: OrderRegister;
  /**
   * The highest Lamport clock this state has seen. Kept apart from the entries so that dropping a
   * tombstone can never lower it: a later write must still go past that deletion's clock, or it
   * would lose to a copy of the deletion that another browser still holds.
   */
  clock: number;
};

export const EMPTY_STATE: ReplicaState = { accounts: new Map(), clock: 0 };

export function isTombstone(entry: AccountEntry): entry is Tombstone {
  return 'deleted' in entry;
}

export function sortedById<T>(entries: Iterable<[string, T]>): Map<string, T> {
  return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
