// The pace itself: a gap between writes, and room left in the last minute's and hour's counts.
import { describe, expect, it } from 'vitest';
import { MIN_WRITE_GAP_MS, nextWriteAt, WRITES_PER_HOUR, WRITES_PER_MINUTE } from '../../../lib/sync/write-pace';
import { SYNC_AREA_LIMITS } from '../../../lib/storage/sync-area';

const NOW = 1_800_000_000_000;

describe('the next write', () => {
  it('goes at once when nothing was written lately', () => {
    expect(nextWriteAt([], 2, NOW)).toBe(NOW);
    expect(nextWriteAt([NOW - 2 * 3_600_000], 2, NOW)).toBe(NOW);
  });

  it('keeps its gap after the last one', () => {
    expect(nextWriteAt([NOW - 1_000], 1, NOW)).toBe(NOW - 1_000 + MIN_WRITE_GAP_MS);
  });

  it('waits for the minute’s count to make room', () => {
    const full = Array.from({ length: WRITES_PER_MINUTE }, (_, index) => NOW - 50_000 + index * 100);
    const at = nextWriteAt(full, 2, NOW);
    expect(at).toBe(full[1]! + 60_000);
    expect(full.filter((time) => time > at - 60_000).length + 2).toBeLessThanOrEqual(WRITES_PER_MINUTE);
  });

  it('waits for the hour’s count to make room, well inside the browser’s limits', () => {
    const full = Array.from({ length: WRITES_PER_HOUR }, (_, index) => NOW - 3_500_000 + index * 2_000);
    const at = nextWriteAt(full, 1, NOW + 1_000_000);
    expect(full.filter((time) => time > at - 3_600_000).length + 1).toBeLessThanOrEqual(WRITES_PER_HOUR);
    expect(WRITES_PER_HOUR).toBeLessThan(SYNC_AREA_LIMITS.maxWritesPerHour);
    expect(WRITES_PER_MINUTE).toBeLessThan(SYNC_AREA_LIMITS.maxWritesPerMinute);
  });
});
