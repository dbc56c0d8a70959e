// The merge rule on the cases users meet: edits, deletions and undos, HOTP codes and reorders
// made on two browsers before either has heard of the other's.
import { describe, expect, test } from 'vitest';
import { applyLocalEdit, type LocalEdit } from '../../../lib/sync/local-edit';
import { mergeStates } from '../../../lib/sync/merge';
import { EMPTY_STATE, isTombstone, type ReplicaState } from '../../../lib/sync/replica-state';
import { liveAccountsInOrder } from '../../../lib/sync/synced-view';
import { fieldsOf } from './replicas-at-play';

const LAPTOP = 'laptop';
const DESKTOP = 'desktop';

function edits(state: ReplicaState, replica: string, ...changes: LocalEdit[]): ReplicaState {
  return changes.reduce((current, change) => applyLocalEdit(current, replica, change), state);
}
const put = (id: string, label: string, hotpCounter = 0): LocalEdit => ({ kind: 'put', id, fields: fieldsOf(id, label), hotpCounter });
const labelOf = (state: ReplicaState, id: string) => liveAccountsInOrder(state).find((entry) => entry.id === id)?.fields.label;
const shownIds = (state: ReplicaState) => liveAccountsInOrder(state).map((entry) => entry.id);

/** One account both browsers already have. */
const shared = edits(EMPTY_STATE, LAPTOP, put('a', 'GitHub'));

describe('the merge rule', () => {
  test('a deletion wins over an edit it had seen', () => {
    const edited = edits(shared, DESKTOP, put('a', 'GitHub work'));
    const deleted = edits(edited, LAPTOP, { kind: 'delete', id: 'a', at: 5 });
    expect(shownIds(mergeStates(edited, deleted))).toEqual([]);
    expect(shownIds(mergeStates(deleted, edited))).toEqual([]);
  });

  test('a deletion loses to an edit made after it was seen, such as an undo', () => {
    const deleted = edits(shared, LAPTOP, { kind: 'delete', id: 'a', at: 5 });
    const undone = edits(deleted, DESKTOP, put('a', 'GitHub'));
    expect(labelOf(mergeStates(deleted, undone), 'a')).toBe('GitHub');
    expect(labelOf(mergeStates(undone, deleted), 'a')).toBe('GitHub');
  });

  test('a deletion and an edit made at once end the same way on both browsers', () => {
    const deleted = edits(shared, LAPTOP, { kind: 'delete', id: 'a', at: 5 });
    const edited = edits(shared, DESKTOP, put('a', 'GitHub work'));
    const onLaptop = mergeStates(deleted, edited);
    expect(onLaptop).toEqual(mergeStates(edited, deleted));
    // Same clock: the higher replica id wins, here the laptop's deletion.
    expect(isTombstone(onLaptop.accounts.get('a')!)).toBe(true);
  });

  test('an HOTP counter keeps the higher value even when the other side wins the account', () => {
    const counted = edits(shared, LAPTOP, { kind: 'hotp-counter', id: 'a', hotpCounter: 7 });
    const edited = edits(shared, DESKTOP, put('a', 'GitHub work', 2), put('a', 'GitHub work 2', 2));
    const merged = mergeStates(counted, edited);
    expect(labelOf(merged, 'a')).toBe('GitHub work 2');
    expect(merged.accounts.get('a')!.hotpCounter).toBe(7);
  });

  test('a deleted account keeps its counter, so an undo cannot reuse a code', () => {
    const counted = edits(shared, LAPTOP, { kind: 'hotp-counter', id: 'a', hotpCounter: 4 });
    const deleted = edits(counted, DESKTOP, { kind: 'delete', id: 'a', at: 5 }, put('a', 'GitHub', 0));
    expect(deleted.accounts.get('a')!.hotpCounter).toBe(4);
  });

  test('a new write goes past every clock the browser has seen', () => {
    const busy = edits(EMPTY_STATE, DESKTOP, put('a', '1'), put('a', '2'), put('a', '3'));
    const next = edits(mergeStates(shared, busy), LAPTOP, put('a', 'mine'));
    expect(next.accounts.get('a')!.rev).toEqual({ clock: 4, replica: LAPTOP });
    expect(labelOf(mergeStates(busy, next), 'a')).toBe('mine');
  });

  test('a counter cannot move on for an account the synced state does not hold', () => {
    expect(() => applyLocalEdit(shared, LAPTOP, { kind: 'hotp-counter', id: 'unknown', hotpCounter: 1 })).toThrow(RangeError);
  });
});

describe('the order of the list', () => {
  const three = edits(EMPTY_STATE, LAPTOP, put('a', 'A'), put('b', 'B'), put('c', 'C'));

  test('of two reorders made at once, one is kept as the user made it', () => {
    const onLaptop = edits(three, LAPTOP, { kind: 'reorder', ids: ['c', 'b', 'a'] });
    const onDesktop = edits(three, DESKTOP, { kind: 'reorder', ids: ['b', 'a', 'c'] });
    const merged = mergeStates(onLaptop, onDesktop);
    expect([['c', 'b', 'a'], ['b', 'a', 'c']]).toContainEqual(shownIds(merged));
    expect(shownIds(mergeStates(onDesktop, onLaptop))).toEqual(shownIds(merged));
  });

  test('a reorder and an edit made at once both survive', () => {
    const reordered = edits(three, LAPTOP, { kind: 'reorder', ids: ['c', 'b', 'a'] });
    const edited = edits(three, DESKTOP, put('a', 'A renamed'));
    const merged = mergeStates(reordered, edited);
    expect(shownIds(merged)).toEqual(['c', 'b', 'a']);
    expect(labelOf(merged, 'a')).toBe('A renamed');
  });

  test('an account added while another browser reordered comes after the reordered ones', () => {
    const reordered = edits(three, LAPTOP, { kind: 'reorder', ids: ['c', 'b', 'a'] });
    const added = edits(three, DESKTOP, put('d', 'D'));
    expect(shownIds(mergeStates(reordered, added))).toEqual(['c', 'b', 'a', 'd']);
  });
});
