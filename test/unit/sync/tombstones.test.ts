// Deletions are remembered for a stated time, then forgotten without lowering the clock.
import { describe, expect, it } from 'vitest';
import { applyLocalEdit } from '../../../lib/sync/local-edit';
import { mergeStates } from '../../../lib/sync/merge';
import { EMPTY_STATE, isTombstone } from '../../../lib/sync/replica-state';
import { pruneTombstones, TOMBSTONE_RETENTION_MS } from '../../../lib/sync/tombstones';
import { fieldsOf } from './replicas-at-play';

const DELETED_AT = 1_800_000_000_000;
const added = applyLocalEdit(EMPTY_STATE, 'r1', { kind: 'put', id: 'a', fields: fieldsOf('a', 'one'), hotpCounter: 4 });
const deleted = applyLocalEdit(added, 'r1', { kind: 'delete', id: 'a', at: DELETED_AT });

describe('tombstones', () => {
  it('are kept for the whole retention, so an older live copy cannot bring the account back', () => {
    const kept = pruneTombstones(deleted, DELETED_AT + TOMBSTONE_RETENTION_MS);
    expect(kept).toBe(deleted);
    expect(isTombstone(mergeStates(kept, added).accounts.get('a')!)).toBe(true);
  });

  it('are dropped after it, keeping the clock, so the next write still wins over the deletion', () => {
    const pruned = pruneTombstones(deleted, DELETED_AT + TOMBSTONE_RETENTION_MS + 1);
    expect(pruned.accounts.has('a')).toBe(false);
    expect(pruned.clock).toBe(deleted.clock);
    const readded = applyLocalEdit(pruned, 'r0', { kind: 'put', id: 'a', fields: fieldsOf('a', 'two'), hotpCounter: 0 });
    const entry = mergeStates(readded, deleted).accounts.get('a')!;
    expect(isTombstone(entry)).toBe(false);
    // The counter a tombstone kept is not lost once both meet again.
    expect(entry.hotpCounter).toBe(4);
  });

  it('leave live accounts alone, however old', () => {
    expect(pruneTombstones(added, DELETED_AT * 2)).toBe(added);
  });
});
