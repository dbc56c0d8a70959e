// The hand-written payload writer against the protobuf library's writer (the test fixture's):
// the same fields give the same bytes, and the reader gives them back.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readMigrationPayload, type RawMigrationPayload } from '../../../lib/otp/migration-wire';
import { writeMigrationPayload } from '../../../lib/otp/migration-wire-writer';
import { migrationPayload } from '../../fixtures/import/migration-payload';

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const payload: fc.Arbitrary<RawMigrationPayload> = fc.record({
  parameters: fc.array(
    fc.record({
      secret: fc.uint8Array({ maxLength: 70 }),
      name: fc.string({ unit: 'grapheme', maxLength: 30 }),
      issuer: fc.string({ unit: 'grapheme', maxLength: 30 }),
      algorithm: int32,
      digits: int32,
      type: int32,
      counter: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    }),
    { maxLength: 12 },
  ),
  version: int32,
  batchSize: int32,
  batchIndex: int32,
  batchId: int32,
});

describe('writeMigrationPayload', () => {
  test('writes the bytes the protobuf library writes for the same fields, and reads back as them', () => {
    fc.assert(
      fc.property(payload, (fields) => {
        const written = writeMigrationPayload(fields);
        expect(readMigrationPayload(written)).toEqual(fields);
        expect(written).toEqual(
          migrationPayload({ ...fields, parameters: fields.parameters.map((entry) => ({ ...entry, counter: entry.counter })) }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
