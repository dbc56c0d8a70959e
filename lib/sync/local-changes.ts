// The two directions between the vault and the synced state. This browser's vault is compared with
// the state it last agreed with (the base): what differs is what the user did here, and becomes
// local edits. The merged state is then compared with the vault: what differs is what other
// browsers did, and becomes one change of the vault. Accounts kept on this browser only
// (`localOnly`) take part in neither.
import { bytesEqual } from '../crypto/bytes';
import type { StoredAccount } from '../vault/vault-port';
import { syncedFieldsJson } from './bucket-codec';
import { applyLocalEdit } from './local-edit';
import { isTombstone, type ReplicaState, type SyncedFields } from './replica-state';
import { liveAccountsInOrder } from './synced-view';

/** The fields of an account that travel: all but its id, its counter (kept apart), when it was last used and whether it stays here. */
export function syncedFieldsOf({ id: _id, counter: _counter, lastUsedAt: _used, localOnly: _local, ...fields }: StoredAccount): SyncedFields {
  return fields;
}

/** Field by field, whatever the order of the keys and however the seed's bytes are held: as a bucket writes them. */
export function sameSyncedFields(a: SyncedFields, b: SyncedFields): boolean {
  return bytesEqual(a.secret, b.secret) && JSON.stringify(syncedFieldsJson(a)) === JSON.stringify(syncedFieldsJson(b));
}

const synced = (accounts: readonly StoredAccount[]) => accounts.filter((account) => !account.localOnly);

/**
 * The base with this browser's own changes written in: accounts added or edited here, deleted here
 * (a live account of the base that the vault no longer has), HOTP counters moved on here, and a new
 * order if the vault's differs from the one the state would show.
 */
export function withLocalChanges(
  base: ReplicaState,
  vault: readonly StoredAccount[],
  replica: string,
  now: number,
  /** False on a browser's first cycle after joining: the synced order stands, its own accounts follow. */
  publishOrder = true,
): ReplicaState {
  const accounts = synced(vault);
  const inVault = new Map(vault.map((account) => [account.id, account]));
  let state = base;
  for (const account of accounts) {
    const entry = state.accounts.get(account.id);
    const fields = syncedFieldsOf(account);
    if (!entry || isTombstone(entry) || !sameSyncedFields(entry.fields, fields)) {
      state = applyLocalEdit(state, replica, { kind: 'put', id: account.id, fields, hotpCounter: account.counter }, now);
    } else if (account.counter > entry.hotpCounter) {
      state = applyLocalEdit(state, replica, { kind: 'hotp-counter', id: account.id, hotpCounter: account.counter }, now);
    }
  }
  for (const [id, entry] of base.accounts) {
    // An account kept here only is still here: only one gone from the vault was deleted.
    if (!isTombstone(entry) && !inVault.has(id)) state = applyLocalEdit(state, replica, { kind: 'delete', id, at: now }, now);
  }
  const order = accounts.map((account) => account.id);
  if (publishOrder && !sameIds(liveAccountsInOrder(state).map((entry) => entry.id), order)) {
    state = applyLocalEdit(state, replica, { kind: 'reorder', ids: order }, now);
  }
  return state;
}

/** What the vault must do to show `merged`: accounts to write (added, edited, counted on), to remove, and the order. */
export interface VaultCatchUp {
  put: StoredAccount[];
  remove: string[];
  order?: string[];
}

export function vaultCatchUp(merged: ReplicaState, vault: readonly StoredAccount[]): VaultCatchUp {
  const inVault = new Map(vault.map((account) => [account.id, account]));
  const live = liveAccountsInOrder(merged);
  const put: StoredAccount[] = [];
  for (const entry of live) {
    const here = inVault.get(entry.id);
    if (here?.localOnly) continue;
    const counter = Math.max(here?.counter ?? 0, entry.hotpCounter);
    if (here && sameSyncedFields(syncedFieldsOf(here), entry.fields) && here.counter === counter) continue;
    put.push({
      ...entry.fields,
      id: entry.id,
      counter,
      // When its code was last used here stays this browser's.
      ...(here?.lastUsedAt !== undefined && { lastUsedAt: here.lastUsedAt }),
    } as StoredAccount);
  }
  const liveIds = new Set(live.map((entry) => entry.id));
  const remove = synced(vault)
    .filter((account) => !liveIds.has(account.id))
    .map((account) => account.id);
  // The synced order, then the accounts kept here only, in the order they had.
  const order = [...live.filter((entry) => !inVault.get(entry.id)?.localOnly).map((entry) => entry.id), ...vault.filter((account) => account.localOnly).map((account) => account.id)];
  const current = vault.map((account) => account.id);
  return { put, remove, ...(!sameIds(order, current) && { order }) };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
