// The merge is a join: the order and the number of times states meet cannot change the result.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeStates } from '../../../lib/sync/merge';
import { play, stepsFor } from './replicas-at-play';

/** Three states browsers can really reach: held or sent by three of them after random edits. */
const reachableStates = stepsFor(3).chain((steps) => {
  const run = play(3, steps);
  const state = fc.constantFrom(...run.states, ...run.sent);
  return fc.tuple(state, state, state);
});

describe('merging synced states', () => {
  test('is idempotent: merging a state with itself changes nothing', () => {
    fc.assert(
      fc.property(reachableStates, ([a]) => {
        expect(mergeStates(a, a)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  test('is commutative: which side is local does not matter', () => {
    fc.assert(
      fc.property(reachableStates, ([a, b]) => {
        expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
      }),
      { numRuns: 500 },
    );
  });

  test('is associative: how merges are grouped does not matter', () => {
    fc.assert(
      fc.property(reachableStates, ([a, b, c]) => {
        expect(mergeStates(mergeStates(a, b), c)).toEqual(mergeStates(a, mergeStates(b, c)));
      }),
      { numRuns: 500 },
    );
  });
});
