/**
 * A large Google Authenticator export spans several QR codes that share a batch id. The page
 * gathers them and says which ones were not given, so an incomplete export is never mistaken
 * for a complete one (its accounts still import).
 * @see docs/api-contract.md §3 (batch_size, batch_index, batch_id)
 */
import { t } from '../i18n/t';
import type { MigrationBatch } from '../otp';
import type { RefusedEntry } from './types';

export interface ScannedBatch {
  /** Where the export link came from, e.g. "export-1.png". */
  source: string;
  batch: MigrationBatch;
}

/** Up to this many missing batches are named one by one; beyond, only counted. */
const NAMED_MAX = 5;

function joinNumbers(numbers: number[]): string {
  return numbers.length === 1 ? String(numbers[0]) : t('importNumbersAnd', { list: numbers.slice(0, -1).join(', '), last: String(numbers.at(-1)) });
}

/** "Batch 2 of 3 missing: …" in words; batch numbers are shown from 1, as the app shows them. */
function describeMissing(present: ReadonlySet<number>, size: number): string {
  const count = size - present.size;
  if (count > NAMED_MAX) {
    return t('importBatchesMissingCount', { count, size });
  }
  // Here size ≤ present.size + NAMED_MAX, and present holds only the links actually given.
  const missing: number[] = [];
  for (let index = 0; index < size; index++) if (!present.has(index)) missing.push(index + 1);
  return missing.length === 1
    ? t('importBatchMissing', { batch: String(missing[0]), size: String(size) })
    : t('importBatchesMissing', { batches: joinNumbers(missing), size: String(size) });
}

/** One refused row per export that lacks some of its batches, in the order exports were first seen. */
export function missingBatchRows(scans: readonly ScannedBatch[]): RefusedEntry[] {
  const exports = new Map<string, { source: string; size: number; present: Set<number> }>();
  for (const { source, batch } of scans) {
    // Batch ids are random 32-bit numbers: the size guards against two exports sharing one.
    const key = `${batch.batchId}/${batch.batchSize}`;
    const known = exports.get(key) ?? { source, size: batch.batchSize, present: new Set<number>() };
    known.present.add(batch.batchIndex);
    exports.set(key, known);
  }
  return [...exports.values()]
    .filter(({ size, present }) => present.size < size)
    .map(({ source, size, present }) => ({
      entry: t('importMigrationExport', { source }),
      reason: describeMissing(present, size),
    }));
}
