import { describe, expect, it } from 'vitest';
import { renderTable, withinBudget, type ResultRow } from '../../../scripts/bench/report';
import { summarize } from '../../../scripts/bench/stats';

describe('benchmark statistics and report', () => {
  it('takes the median and spread of odd and even sample counts', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
    expect(() => summarize([])).toThrow();
  });

  it('judges the median against the budget, and says when a row cannot be measured yet', () => {
    const over: ResultRow = { what: 'popup', unit: 'ms', value: summarize([50, 70, 90]), budget: 60 };
    const under: ResultRow = { what: 'popup', unit: 'ms', value: summarize([50, 55, 90]), budget: 60 };
    const later: ResultRow = { what: 'autofill', unit: 'ms', note: 'not built yet', budget: 10 };
    expect([withinBudget(over), withinBudget(under), withinBudget(later)]).toEqual([false, true, true]);
    const table = renderTable([over, under, later, { what: 'bundle', unit: 'bytes', value: summarize([30_720]) }]);
    expect(table).toContain('| 70 ms ');
    expect(table).toContain('OVER BUDGET');
    expect(table).toContain('not built yet');
    expect(table).toContain('30.0 KB');
    expect(table.split('\n')).toHaveLength(6);
  });

  it('prints ratios as multiples and start-up costs per KB, negative differences included', () => {
    const table = renderTable([
      { what: 'ratio', unit: 'ratio', value: summarize([1.04]), budget: 1.1 },
      { what: 'per KB', unit: 'msPerKB', value: summarize([0.25, 0.061, 1.5]) },
      { what: 'difference', unit: 'ms', value: summarize([-3.25, 12, 4]) },
    ]);
    expect(table).toContain('| 1.04 × ');
    expect(table).toContain('| 1.10 × ');
    expect(table).toContain('| 0.250 ms/KB | 0.061 ms/KB – 1.50 ms/KB |');
    expect(table).toMatch(/\| 4.0 ms +\| -3.3 ms – 12 ms +\|/);
  });

  it('prints page counts out of the pages measured, and holds a count of 0 to a budget of 0', () => {
    const right: ResultRow = { what: 'right', unit: 'pages', value: summarize([52]), of: 64 };
    const wrong: ResultRow = { what: 'wrong', unit: 'pages', value: summarize([1]), of: 64, budget: 0 };
    const none: ResultRow = { ...wrong, value: summarize([0]) };
    expect([withinBudget(wrong), withinBudget(none)]).toEqual([false, true]);
    const table = renderTable([right, wrong]);
    expect(table).toContain('| 52 / 64 (81.3 %) ');
    expect(table).toMatch(/\| 1 \/ 64 \(1\.6 %\) +\| +\| 1 +\| 0 +\| OVER BUDGET \|/);
  });
});
