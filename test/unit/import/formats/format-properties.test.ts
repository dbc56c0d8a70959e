// Whatever a file holds, each format reader answers with rows or throws its one typed error,
// ImportFileError, never anything else: generated text, JSON of any shape, and the fixtures with
// characters deleted, inserted or replaced anywhere.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ImportFileError } from '../../../../lib/import/errors';
import { IMPORT_FORMATS, type FormatRow } from '../../../../lib/import/formats';
import { readCsvRecords } from '../../../../lib/import/formats/csv-records';
import { fixture } from './import-file';

const FIXTURE_OF: Record<string, string> = {
  'bitwarden-json': 'bitwarden.json',
  'bitwarden-csv': 'bitwarden.csv',
  'freeotp-plus': 'freeotp-plus.json',
  'ente-text': 'ente-auth-codes-2025-05-17.txt',
  'ente-encrypted': 'ente-auth-encrypted.txt',
};

/** Pieces of every format, so that generated text gets past the first checks. */
const pieces = fc.constantFrom(
  '{', '}', '[', ']', '"', ',', ':', '\n', '\r\n', ' ', 'null', 'true', '-1', '300', '1e400',
  '"encrypted"', '"items"', '"login"', '"totp"', '"tokens"', '"tokenOrder"', '"secret"', '"type"', '"TOTP"', '"HOTP"',
  'login_totp', 'otpauth://totp/', 'otpauth://steam/', 'steam://', '?secret=JBSWY3DPEHPK3PXP', '&codeDisplay=', '%7B', '%', '#',
);
const generatedText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: pieces, maxLength: 60 }),
  fc.json({ maxDepth: 4 }),
  fc.anything({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? ''),
);

/** The fixture with a few characters deleted, inserted or replaced. */
function mutated(text: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat({ max: text.length }),
    remove: fc.nat({ max: 8 }),
    insert: fc.string({ unit: fc.oneof(pieces, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 3 }),
  });
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((result, { at, remove, insert }) => result.slice(0, at) + insert + result.slice(at + remove), text),
  );
}

/** Rows are links for the background or refusals with one sentence, nothing else. */
function expectRow(row: FormatRow): void {
  if ('reason' in row) {
    expect(row.reason).toMatch(/^[A-Z].*\.$/su);
  } else {
    expect(row.text).toMatch(/^otpauth:\/\/(?:totp|hotp)\//u);
  }
}

function parsesOrRefuses(parse: () => FormatRow[]): void {
  let rows: FormatRow[];
  try {
    rows = parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(/^This .*\.$/su);
    return;
  }
  for (const row of rows) expectRow(row);
}

describe.each(IMPORT_FORMATS.map((format) => [format.id, format] as const))('the %s reader', (id, format) => {
  test('throws only ImportFileError on generated text, and its test of a file never throws', () => {
    fc.assert(
      fc.property(generatedText, fc.string({ maxLength: 20 }), (text, name) => {
        expect(typeof format.detect(text, name)).toBe('boolean');
        parsesOrRefuses(() => format.parse(text, name));
      }),
      { numRuns: 400 },
    );
  });

  test('throws only ImportFileError on its own fixture, altered anywhere', () => {
    const text = fixture(FIXTURE_OF[id]!);
    fc.assert(
      fc.property(mutated(text), (altered) => parsesOrRefuses(() => format.parse(altered, 'altered'))),
      { numRuns: 400 },
    );
  });
});

describe('the CSV record reader', () => {
  test('throws only ImportFileError, and a field without quotes, commas or line breaks reads back as written', () => {
    const plainField = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '1', '=', ':'), maxLength: 6 });
    fc.assert(
      fc.property(generatedText, fc.array(fc.array(plainField, { minLength: 2, maxLength: 5 }), { maxLength: 5 }), (text, records) => {
        try {
          readCsvRecords(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportFileError);
        }
        const written = records.map((fields) => fields.join(',')).join('\n');
        expect(readCsvRecords(written).map((record) => record.fields)).toEqual(records);
      }),
      { numRuns: 500 },
    );
  });
});
