/** Median and spread of repeated measurements: shared machines are noisy, single timings lie. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarize.');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

/**
 * The quotient of two interleaved series (numerator and denominator measured alternately, so both
 * saw the same machine): the median is the ratio of the two medians, which one slow outlier in
 * either series barely moves; the spread and run count are those of the pairs' own ratios.
 */
export function ratioOfMedians(numerators: readonly number[], denominators: readonly number[]): Summary {
  if (numerators.length !== denominators.length) throw new Error('A ratio needs as many numerators as denominators.');
  const pairs = summarize(numerators.map((n, i) => n / denominators[i]!));
  return { ...pairs, median: summarize(numerators).median / summarize(denominators).median };
}

/** Per-pair differences `a[i] - b[i]` of two interleaved series, summarized. */
export function pairedDifferences(a: readonly number[], b: readonly number[]): Summary {
  if (a.length !== b.length) throw new Error('Paired differences need series of the same length.');
  return summarize(a.map((x, i) => x - b[i]!));
}

/**
 * The order in which to measure two things, `pairs` times each, so that neither always goes first
 * and the switches between them are few: A B B A A B B A … Each pair holds one of each.
 */
export function interleavedOrder(pairs: number): Array<['a', 'b'] | ['b', 'a']> {
  return Array.from({ length: pairs }, (_, i) => (i % 2 === 0 ? ['a', 'b'] : ['b', 'a']));
}
