import { describe, expect, it } from 'vitest';
import { missingBatchRows, type ScannedBatch } from '../../../lib/import/migration-batches';

function scans(batchId: number, batchSize: number, indexes: number[], prefix = 'qr'): ScannedBatch[] {
  return indexes.map((batchIndex) => ({ source: `${prefix}-${batchIndex}.png`, batch: { version: 1, batchId, batchSize, batchIndex } }));
}

describe('missingBatchRows', () => {
  it('says nothing when every batch of every export is there, in any order, even twice', () => {
    expect(missingBatchRows([...scans(1, 3, [2, 0]), ...scans(2, 1, [0]), ...scans(1, 3, [1, 1])])).toEqual([]);
  });

  it.each([
    { size: 3, present: [0, 2], reason: 'Batch 2 of 3 missing: add that QR code too.' },
    { size: 4, present: [1], reason: 'Batches 1, 3 and 4 of 4 missing: add those QR codes too.' },
    { size: 3, present: [0], reason: 'Batches 2 and 3 of 3 missing: add those QR codes too.' },
    { size: 2_000_000_000, present: [5], reason: '1,999,999,999 of 2,000,000,000 batches missing: add their QR codes too.' },
  ])('names what is missing of $size batches', ({ size, present, reason }) => {
    expect(missingBatchRows(scans(7, size, present))).toEqual([{ entry: `Google Authenticator export (with qr-${present[0]}.png)`, reason }]);
  });

  it('keeps exports apart by batch id, and by size when two ids collide', () => {
    const rows = missingBatchRows([...scans(1, 2, [0], 'a'), ...scans(2, 2, [1], 'b'), ...scans(1, 3, [0, 1], 'c')]);
    expect(rows).toEqual([
      { entry: 'Google Authenticator export (with a-0.png)', reason: 'Batch 2 of 2 missing: add that QR code too.' },
      { entry: 'Google Authenticator export (with b-1.png)', reason: 'Batch 1 of 2 missing: add that QR code too.' },
      { entry: 'Google Authenticator export (with c-0.png)', reason: 'Batch 3 of 3 missing: add that QR code too.' },
    ]);
  });
});
