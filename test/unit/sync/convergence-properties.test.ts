// Two or three browsers edit the synced vault while their states travel late, out of order and
// more than once: once every browser has heard from every other, they hold the same vault.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isTombstone } from '../../../lib/sync/replica-state';
import { liveAccountsInOrder } from '../../../lib/sync/synced-view';
import { ACCOUNT_IDS, exchangeAll, play, stepsFor } from './replicas-at-play';

const browsers = fc.integer({ min: 2, max: 3 });
const schedules = browsers.chain((count) => fc.tuple(fc.constant(count), stepsFor(count)));

describe('syncing between browsers', () => {
  test('every browser ends with the same vault, whatever order states arrive in', () => {
    fc.assert(
      fc.property(schedules, ([count, steps]) => {
        const run = play(count, steps);
        exchangeAll(run);
        for (const state of run.states.slice(1)) expect(state).toEqual(run.states[0]);
      }),
      { numRuns: 500 },
    );
  });

  test('an account nobody deleted is never lost', () => {
    fc.assert(
      fc.property(schedules, ([count, steps]) => {
        const run = play(count, steps);
        exchangeAll(run);
        const added = new Set(steps.flatMap((step) => (step.kind === 'put' ? [step.id] : [])));
        const live = new Set(liveAccountsInOrder(run.states[0]!).map((entry) => entry.id));
        for (const id of added) if (!run.deletedSomewhere.has(id)) expect(live).toContain(id);
      }),
      { numRuns: 500 },
    );
  });

  test('an HOTP counter never goes back, and ends at the highest any browser reached', () => {
    fc.assert(
      fc.property(schedules, ([count, steps]) => {
        const run = play(count, steps);
        expect(run.counterWentBack).toBeUndefined();
        exchangeAll(run);
        for (const [id, counter] of run.highestCounter) expect(run.states[0]!.accounts.get(id)?.hotpCounter).toBe(counter);
      }),
      { numRuns: 500 },
    );
  });

  test('each account ends as its newest write left it, a deletion like any edit', () => {
    fc.assert(
      fc.property(schedules, ([count, steps]) => {
        const run = play(count, steps);
        exchangeAll(run);
        const everyWrite = run.sent.concat(run.states).flatMap((state) => [...state.accounts.values()]);
        for (const id of ACCOUNT_IDS) {
          const writes = everyWrite.filter((entry) => entry.id === id);
          if (writes.length === 0) continue;
          const newest = writes.reduce((a, b) => (a.rev.clock * 10 + Number(a.rev.replica.at(-1)) >= b.rev.clock * 10 + Number(b.rev.replica.at(-1)) ? a : b));
          const final = run.states[0]!.accounts.get(id)!;
          expect(final.rev).toEqual(newest.rev);
          expect(isTombstone(final)).toBe(isTombstone(newest));
        }
      }),
      { numRuns: 500 },
    );
  });

  test('the order is the one some browser chose for the accounts it knew, with newer accounts after', () => {
    fc.assert(
      fc.property(schedules, ([count, steps]) => {
        const run = play(count, steps);
        exchangeAll(run);
        const state = run.states[0]!;
        const shown = liveAccountsInOrder(state).map((entry) => entry.id);
        const chosen = (state.order?.ids ?? []).filter((id) => shown.includes(id));
        expect(shown.slice(0, chosen.length)).toEqual(chosen);
        expect(new Set(shown).size).toBe(shown.length);
      }),
      { numRuns: 300 },
    );
  });
});
