import { describe, expect, it } from 'vitest';
import type { InterleavedOpens } from '../../../scripts/bench/floor-ratio';
import { aboveFloorRows, floorRatioRows, openingMessageRow, stageMedians } from '../../../scripts/bench/floor-rows';
import { renderTable, withinBudget } from '../../../scripts/bench/report';
import { interleavedOrder, pairedDifferences, ratioOfMedians } from '../../../scripts/bench/stats';

describe('the popup against its floor', () => {
  it('alternates which of the two goes first, switching between them every second open', () => {
    expect(interleavedOrder(4)).toEqual([
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(interleavedOrder(0)).toEqual([]);
  });

  it('takes the ratio of the medians, with the spread of the pairs, so one slow open barely moves it', () => {
    const ratio = ratioOfMedians([66, 63, 300, 60, 65], [60, 60, 60, 58, 62]);
    expect(ratio.median).toBeCloseTo(65 / 60);
    expect(ratio.min).toBeCloseTo(60 / 58);
    expect(ratio.max).toBeCloseTo(5);
    expect(ratio.runs).toBe(5);
    expect(() => ratioOfMedians([1, 2], [1])).toThrow();
    expect(pairedDifferences([10, 12, 20], [9, 9, 9])).toEqual({ median: 3, min: 1, max: 11, runs: 3 });
  });

  it('judges the ratio against its budget and prints it as a multiple', () => {
    const opens = (codes: number[], floor: number[]): InterleavedOpens => ({
      codes: codes.map((visible) => ({ visible })),
      floor: floor.map((visible) => ({ visible })),
    });
    const over = floorRatioRows(opens([70, 72, 74], [60, 60, 61]), 1.1, 1.05);
    const under = floorRatioRows(opens([62, 63, 64], [60, 61, 59]), 1.1, 1.05);
    expect(over[2]).toMatchObject({ unit: 'ratio', budget: 1.1 });
    expect(withinBudget(over[2]!)).toBe(false);
    expect(withinBudget(under[2]!)).toBe(true);
    const table = renderTable(over);
    expect(table).toContain('| 1.20 × ');
    expect(table).toContain('1.17 × – 1.21 ×');
    expect(table).toContain('| 1.10 × ');
    expect(table).toContain('OVER BUDGET');
  });

  it('splits the difference into the stages of an opening, which add up to the whole', () => {
    const instrumented: InterleavedOpens = {
      codes: [
        { asked: 20, bundleRan: 40, answer: 50, rendered: 56, visible: 70 },
        { asked: 22, bundleRan: 41, answer: 52, rendered: 57, visible: 72 },
      ],
      floor: [
        { asked: 20, bundleRan: 40, answer: 42, rendered: 43, visible: 55 },
        { asked: 21, bundleRan: 40, answer: 44, rendered: 45, visible: 57 },
      ],
    };
    const [answer, render, paint] = aboveFloorRows(instrumented).map((row) => row.value!.median);
    expect([answer, render, paint]).toEqual([8, 4.5, 2.5]);
    expect(answer! + render! + paint!).toBe(pairedDifferences([70, 72], [55, 57]).median);
    expect(stageMedians(instrumented.floor)).toEqual({ asked: 20.5, bundleRan: 40, answer: 43, rendered: 44, visible: 56 });
    expect(() => aboveFloorRows({ codes: [{ visible: 1 }], floor: [{ visible: 1 }] })).toThrow(/did not record/);
    expect(openingMessageRow({ codes: [{ visible: 9 }], floor: [{ visible: 4 }] }).value?.median).toBe(5);
  });
});
