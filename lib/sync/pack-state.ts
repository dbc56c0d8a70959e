// A synced state into storage.sync's items, within its quota. Only units whose content differs from
// what storage.sync holds are sealed and set; parts no longer needed are removed.
//
// When the state does not fit the budget, live accounts are left out until it does: first those
// sync does not carry yet, then those it does, each newest first (by creation time, then id), so
// that sync stops taking new accounts rather than dropping old ones. Deletions and the order
// always go. A left-out account stays in this browser's vault; no other browser deletes it.
import type { SyncCipher } from '../vault/vault-port';
import { toBase64 } from '../crypto/bytes';
import { SYNC_FORMAT_MAX_ITEMS, type UnitName } from './item-layout';
import { isTombstone, type LiveEntry, type ReplicaState } from './replica-state';
import { sealUnit, type SealedUnit } from './sealed-unit';
import { unitsOfState } from './state-units';
import { sameContent } from './unit-content';
import type { WrittenUnits } from './written-units';

export type PackedState = {
  /** Items to set: the parts of every unit that changed. */
  set: Record<string, string>;
  /** Items of the format to remove: parts of units that shrank or have nothing left to hold. */
  remove: string[];
  /** Ids of live accounts left out for space, the first left out first. */
  notSynced: string[];
  /** The bytes the format's items take once `set` and `remove` are done. */
  bytes: number;
};

/** Not even the deletions and the order fit: nothing is written. */
export class SyncSpaceError extends RangeError {
  override readonly name = 'SyncSpaceError';
}

type Layout = { kept: Map<UnitName, readonly string[]>; sealed: SealedUnit[]; bytes: number; items: number };

export async function packSyncedState(
  state: ReplicaState,
  cipher: SyncCipher,
  vaultId: string,
  written: WrittenUnits,
  budgetBytes: number,
): Promise<PackedState> {
  const candidates = leavingOutOrder(state, written.accountIds);
  const seals = new Map<string, Promise<SealedUnit>>();
  const layoutLeaving = async (count: number): Promise<Layout> => {
    const units = await unitsOfState(state, new Set(candidates.slice(0, count)));
    const layout: Layout = { kept: new Map(), sealed: [], bytes: 0, items: 0 };
    for (const [unit, content] of units) {
      const before = written.units.get(unit);
      if (before && sameContent(before.content, content)) {
        layout.kept.set(unit, before.keys);
        layout.bytes += before.keys.reduce((sum, key) => sum + (written.itemBytes.get(key) ?? 0), 0);
        layout.items += before.keys.length;
        continue;
      }
      const cacheKey = `${unit}\n${content.json}\n${toBase64(content.bytes)}`;
      if (!seals.has(cacheKey)) seals.set(cacheKey, sealUnit(unit, content, cipher, vaultId));
      const sealed = await seals.get(cacheKey)!;
      layout.sealed.push(sealed);
      layout.bytes += sealed.bytes;
      layout.items += sealed.items.length;
    }
    return layout;
  };
  const fits = (layout: Layout) => layout.bytes <= budgetBytes && layout.items <= SYNC_FORMAT_MAX_ITEMS;

  // The fewest accounts left out that fit: by halving, since each try seals what changed.
  let leftOut = 0;
  let layout = await layoutLeaving(0);
  if (!fits(layout)) {
    let tooFew = 0;
    leftOut = candidates.length;
    layout = await layoutLeaving(leftOut);
    if (!fits(layout)) throw new SyncSpaceError('The synced deletions and order alone exceed the space sync may use.');
    while (leftOut - tooFew > 1) {
      const middle = Math.floor((tooFew + leftOut) / 2);
      const tried = await layoutLeaving(middle);
      if (fits(tried)) [leftOut, layout] = [middle, tried];
      else tooFew = middle;
    }
  }

  const set: Record<string, string> = {};
  for (const sealed of layout.sealed) for (const [key, value] of sealed.items) set[key] = value;
  const staying = new Set([...layout.kept.values()].flat().concat(Object.keys(set)));
  const remove = [...written.itemBytes.keys()].filter((key) => !staying.has(key)).sort();
  return { set, remove, notSynced: candidates.slice(0, leftOut), bytes: layout.bytes };
}

/** Live accounts in the order they would be left out: new to sync before carried, each newest first. */
function leavingOutOrder(state: ReplicaState, carried: ReadonlySet<string>): string[] {
  const live = [...state.accounts.values()].filter((entry): entry is LiveEntry => !isTombstone(entry));
  const isCarried = (entry: LiveEntry) => Number(carried.has(entry.id));
  return live
    .sort((a, b) => isCarried(a) - isCarried(b) || b.fields.createdAt - a.fields.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((entry) => entry.id);
}
