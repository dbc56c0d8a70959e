// The CSV record reader under Bitwarden's CSV export: whatever the text, records or the one typed
// refusal of a file cut short; and a field without quotes, commas or line breaks reads back as written.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCsvRecords } from '../../../../lib/import/formats/csv-records';
import { DamagedFileError } from '../../../../lib/import/formats/format-errors';

describe('the CSV record reader', () => {
  test('throws only DamagedFileError, and a field without quotes, commas or line breaks reads back as written', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r\n', 'a', ' '), maxLength: 60 }));
    const plainField = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '1', '=', ':'), maxLength: 6 });
    fc.assert(
      fc.property(text, fc.array(fc.array(plainField, { minLength: 2, maxLength: 5 }), { maxLength: 5 }), (generated, records) => {
        try {
          readCsvRecords(generated);
        } catch (error) {
          expect(error).toBeInstanceOf(DamagedFileError);
        }
        const written = records.map((fields) => fields.join(',')).join('\n');
        expect(readCsvRecords(written).map((record) => record.fields)).toEqual(records);
      }),
      { numRuns: 500 },
    );
  });
});
