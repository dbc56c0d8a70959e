// The rows that compare the popup with 1,000 accounts to its floor, from interleaved opens.
import type { InterleavedOpens, OpenTimes } from './floor-ratio';
import type { ResultRow } from './report';
import { pairedDifferences, ratioOfMedians, summarize } from './stats';

const ACCOUNTS = 'popup open → visible codes, 1000 accounts';
const FLOOR = 'popup open → unlock form, vault locked (floor)';

/**
 * The two series and their ratio, judged against `budget` (at most that many times the floor).
 * `how` says how the popup opened, when not from the screen kept for it.
 */
export function floorRatioRows(opens: InterleavedOpens, budget: number, aim: number, how = ''): ResultRow[] {
  const codes = opens.codes.map((o) => o.visible);
  const floor = opens.floor.map((o) => o.visible);
  const accounts = how ? `${ACCOUNTS}, ${how}` : ACCOUNTS;
  return [
    { what: `${accounts} (interleaved with the floor)`, unit: 'ms', value: summarize(codes) },
    { what: `${FLOOR} (interleaved${how ? ` with the opens ${how.split(' (')[0]}` : ''})`, unit: 'ms', value: summarize(floor) },
    {
      what: `popup open, 1000 accounts${how ? `, ${how}` : ''} ÷ floor (ratio of the medians; spread of the pairs; aim ${aim.toFixed(2)} ×)`,
      unit: 'ratio',
      value: ratioOfMedians(codes, floor),
      budget,
    },
  ];
}

type Stage = (o: OpenTimes) => number;
const stage = (from: keyof OpenTimes | undefined, to: keyof OpenTimes): Stage => (o) => {
  const end = o[to];
  const start = from === undefined ? 0 : o[from];
  if (end === undefined || start === undefined) throw new Error(`An instrumented open did not record ${from ?? 'its start'} → ${to}.`);
  return end - start;
};

/**
 * Where the time above the floor goes: for each stage of an opening, how much longer it took with
 * 1,000 accounts than with the unlock form, as the median of the pairs' differences. The stages
 * follow one another, so the three medians add up to about the whole difference.
 */
export function aboveFloorRows(opens: InterleavedOpens): ResultRow[] {
  const rows: Array<[string, Stage]> = [
    ['navigation → first screen’s data in the page (kept screen, or answer)', stage(undefined, 'answer')],
    ['data → first render in the DOM', stage('answer', 'rendered')],
    ['first render → painted (the mark after the frame)', stage('rendered', 'visible')],
  ];
  return rows.map(([what, of]) => ({
    what: `1000 accounts − floor: ${what}`,
    unit: 'ms',
    value: pairedDifferences(opens.codes.map(of), opens.floor.map(of)),
  }));
}

/** The opening request's round trip with 1,000 accounts less the locked one's (`measureOpeningMessage`). */
export function openingMessageRow(trips: InterleavedOpens): ResultRow {
  return {
    what: '1000 accounts − floor: the opening request alone, round trip from an extension page',
    unit: 'ms',
    value: pairedDifferences(trips.codes.map((o) => o.visible), trips.floor.map((o) => o.visible)),
  };
}

/** Median time of each stage, from navigation start, for results.json: what the rows above summarize. */
export function stageMedians(opens: OpenTimes[]): Partial<Record<keyof OpenTimes, number>> {
  const keys: Array<keyof OpenTimes> = ['asked', 'bundleRan', 'answer', 'rendered', 'visible'];
  return Object.fromEntries(
    keys.flatMap((key) => {
      const values = opens.map((o) => o[key]).filter((v): v is number => v !== undefined);
      return values.length ? [[key, summarize(values).median]] : [];
    }),
  );
}
