// Browsers editing one synced vault, for the property tests: each keeps its own state, sends
// copies of it, and merges copies it receives, in whatever order and as often as the schedule says.
import fc from 'fast-check';
import { applyLocalEdit } from '../../../lib/sync/local-edit';
import { mergeStates } from '../../../lib/sync/merge';
import { EMPTY_STATE, isTombstone, type ReplicaState, type SyncedFields } from '../../../lib/sync/replica-state';
import { liveAccountsInOrder } from '../../../lib/sync/synced-view';

export const ACCOUNT_IDS = ['a', 'b', 'c', 'd', 'e'];

export function fieldsOf(id: string, label: string): SyncedFields {
  return {
    type: 'hotp',
    issuer: `Issuer ${id}`,
    label,
    secret: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    // The same for every write of one account, as the vault keeps it.
    createdAt: ACCOUNT_IDS.indexOf(id),
  };
}

export type Step =
  | { kind: 'put'; replica: number; id: string; label: string }
  | { kind: 'delete'; replica: number; id: string }
  | { kind: 'count'; replica: number; id: string; by: number }
  | { kind: 'reorder'; replica: number; seed: number }
  | { kind: 'send'; replica: number }
  /** `message` picks any state ever sent, however old, as often as it comes up. */
  | { kind: 'receive'; replica: number; message: number }
  | { kind: 'wait'; ms: number };

export function stepsFor(replicas: number): fc.Arbitrary<Step[]> {
  const replica = fc.integer({ min: 0, max: replicas - 1 });
  const id = fc.constantFrom(...ACCOUNT_IDS);
  const step: fc.Arbitrary<Step>[] = [
    fc.record({ kind: fc.constant('put' as const), replica, id, label: fc.constantFrom('one', 'two', 'three') }),
    fc.record({ kind: fc.constant('delete' as const), replica, id }),
    fc.record({ kind: fc.constant('count' as const), replica, id, by: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('reorder' as const), replica, seed: fc.nat() }),
    fc.record({ kind: fc.constant('send' as const), replica }),
    fc.record({ kind: fc.constant('send' as const), replica }),
    fc.record({ kind: fc.constant('receive' as const), replica, message: fc.nat() }),
    fc.record({ kind: fc.constant('receive' as const), replica, message: fc.nat() }),
    fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 20 }) }),
  ];
  return fc.array(fc.oneof(...step), { maxLength: 60, size: 'medium' });
}

export const replicaName = (index: number) => `replica-${index}`;

export type Play = {
  states: ReplicaState[];
  /** Every state ever sent; receiving one leaves it there, so it can arrive again. */
  sent: ReplicaState[];
  now: number;
  /** Per account, the highest counter any browser reached. */
  highestCounter: Map<string, number>;
  deletedSomewhere: Set<string>;
  /** A counter that went back on some browser after some step, if any. */
  counterWentBack?: string;
};

export function play(replicas: number, steps: readonly Step[]): Play {
  const run: Play = {
    states: Array.from({ length: replicas }, () => EMPTY_STATE),
    sent: [],
    now: 1000,
    highestCounter: new Map(),
    deletedSomewhere: new Set(),
  };
  for (const step of steps) {
    const before = run.states.map(countersOf);
    apply(run, step);
    run.states.forEach((state, index) => {
      for (const [id, counter] of before[index]!) {
        if ((state.accounts.get(id)?.hotpCounter ?? counter) < counter) run.counterWentBack = id;
      }
    });
  }
  return run;
}

/** Every browser receives everything ever sent and everyone's state: the moment sync has caught up. */
export function exchangeAll(run: Play): void {
  const finals = [...run.states];
  run.states = run.states.map((state) => [...run.sent, ...finals].reduce(mergeStates, state));
}

function apply(run: Play, step: Step): void {
  if (step.kind === 'wait') {
    run.now += step.ms;
    return;
  }
  const state = run.states[step.replica]!;
  const name = replicaName(step.replica);
  const next = (() => {
    switch (step.kind) {
      case 'put': {
        const hotpCounter = state.accounts.get(step.id)?.hotpCounter ?? 0;
        return applyLocalEdit(state, name, { kind: 'put', id: step.id, fields: fieldsOf(step.id, step.label), hotpCounter });
      }
      case 'delete':
        run.deletedSomewhere.add(step.id);
        return applyLocalEdit(state, name, { kind: 'delete', id: step.id, at: run.now });
      case 'count': {
        const entry = state.accounts.get(step.id);
        if (!entry || isTombstone(entry)) return state;
        const hotpCounter = entry.hotpCounter + step.by;
        run.highestCounter.set(step.id, Math.max(run.highestCounter.get(step.id) ?? 0, hotpCounter));
        return applyLocalEdit(state, name, { kind: 'hotp-counter', id: step.id, hotpCounter });
      }
      case 'reorder': {
        const ids = liveAccountsInOrder(state).map((entry) => entry.id);
        return applyLocalEdit(state, name, { kind: 'reorder', ids: shuffled(ids, step.seed) });
      }
      case 'send':
        run.sent.push(state);
        return state;
      case 'receive': {
        const message = run.sent[step.message % Math.max(run.sent.length, 1)];
        return message ? mergeStates(state, message) : state;
      }
    }
  })();
  run.states[step.replica] = next;
}

function countersOf(state: ReplicaState): Map<string, number> {
  return new Map([...state.accounts].map(([id, entry]) => [id, entry.hotpCounter]));
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let random = seed;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    random = (random * 1103515245 + 12345) % 2147483648;
    const other = random % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}
