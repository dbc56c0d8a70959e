// How often this browser writes to storage.sync. Chrome refuses writes beyond 120 a minute and
// 1,800 an hour (each set or remove call is one, whatever it holds); the sync cycle batches every
// change into one set and one remove, and this pace keeps well inside both limits.
import { SYNC_AREA_LIMITS } from '../storage/sync-area';

/** Writes no closer than this: a burst of changes (an import) becomes one write every few seconds. */
export const MIN_WRITE_GAP_MS = 3_000;
/** Half the browser's per-minute limit, and two thirds of the hourly one: margins for clocks and retries. */
export const WRITES_PER_MINUTE = SYNC_AREA_LIMITS.maxWritesPerMinute / 2;
export const WRITES_PER_HOUR = Math.floor((SYNC_AREA_LIMITS.maxWritesPerHour * 2) / 3);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The write times still counting (the last hour's), oldest first. */
export function recentWrites(times: readonly number[], now: number): number[] {
  return times.filter((time) => time > now - HOUR && time <= now).sort((a, b) => a - b);
}

/** The earliest time `operations` more writes may go, given the times of the last hour's writes. */
export function nextWriteAt(times: readonly number[], operations: number, now: number): number {
  const recent = recentWrites(times, now);
  let at = Math.max(now, (recent.at(-1) ?? -Infinity) + MIN_WRITE_GAP_MS);
  // Past a window's limit, wait until enough of its writes have left it.
  for (const [window, limit] of [[MINUTE, WRITES_PER_MINUTE], [HOUR, WRITES_PER_HOUR]] as const) {
    const inWindow = recent.filter((time) => time > at - window);
    if (inWindow.length + operations > limit) at = Math.max(at, inWindow[inWindow.length + operations - limit - 1]! + window);
  }
  return at;
}
