import type { Summary } from './stats';

/**
 * `ratio`: a dimensionless quotient of two timings (e.g. 1.05 ×); `msPerKB`: milliseconds per KiB
 * of gzipped script, what a bundle's growth costs; `pages`: a count of pages, out of a row's `of`.
 */
export type Unit = 'bytes' | 'ms' | 'ratio' | 'msPerKB' | 'pages';

/** One line of the results table. `value` is absent when the thing cannot be measured yet. */
export interface ResultRow {
  what: string;
  unit: Unit;
  value?: Summary;
  budget?: number;
  note?: string;
  /** For `pages`: how many pages were measured. */
  of?: number;
}

export function withinBudget(row: ResultRow): boolean {
  return row.budget === undefined || row.value === undefined || row.value.median <= row.budget;
}

export function format(unit: Unit, value: number, of?: number): string {
  if (unit === 'pages') return of ? `${value} / ${of} (${((100 * value) / of).toFixed(1)} %)` : String(value);
  if (unit === 'ms') return `${value.toFixed(Math.abs(value) < 10 ? 1 : 0)} ms`;
  if (unit === 'ratio') return `${value.toFixed(2)} ×`;
  if (unit === 'msPerKB') return `${value.toFixed(Math.abs(value) < 1 ? 3 : 2)} ms/KB`;
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(2)} MiB`;
  return `${(value / 1024).toFixed(1)} KB`;
}

function cells(row: ResultRow): string[] {
  const { value, unit } = row;
  const spread = value && value.runs > 1 ? `${format(unit, value.min)} – ${format(unit, value.max)}` : '';
  const verdict = row.budget === undefined || !value ? '' : withinBudget(row) ? 'ok' : 'OVER BUDGET';
  return [
    row.what,
    value ? format(unit, value.median, row.of) : (row.note ?? 'n/a'),
    spread,
    value ? String(value.runs) : '',
    row.budget === undefined ? '' : format(unit, row.budget),
    verdict,
  ];
}

/** The results as a Markdown table, readable in a terminal and pasteable into the README. */
export function renderTable(rows: readonly ResultRow[]): string {
  const header = ['what', 'median', 'spread (min – max)', 'runs', 'budget', ''];
  const body = rows.map(cells);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
