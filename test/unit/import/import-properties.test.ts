// Whatever is pasted or scanned, the import's parsers answer with rows: the page never shows a
// crash, and the background's preview never throws anything but its own typed errors.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planImport } from '../../../lib/import/classify';
import { entriesFromLinks } from '../../../lib/import/import-entries';
import { linksToCheck, previewRows } from '../../../lib/import/preview-rows';
import { linksFromText } from '../../../lib/import/text-links';
import { migrationUriFromBytes } from '../../fixtures/import/migration-payload';

const pieces = fc.constantFrom(
  'otpauth://', 'otpauth-migration://offline?data=', 'totp/', 'hotp/', 'a:b', '?secret=', 'JBSWY3DPEHPK3PXP', '&counter=',
  '&digits=8', '%', '%C3', '\n', '\r\n', '#', ' ', 'CgoKBg', '+', '/', '=',
);
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: pieces, maxLength: 40 }));
const exportLink = fc.uint8Array({ maxLength: 120 }).map(migrationUriFromBytes);

describe('import properties', () => {
  test('any pasted text becomes rows, each with a status and, unless new, a sentence saying why; nothing throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, exportLink), { maxLength: 6 }), (chunks) => {
        const links = linksFromText(chunks.join('\n')).map(({ line, text: link }) => ({ entry: `Line ${line}`, text: link }));
        const entries = entriesFromLinks(links);
        const items = planImport(linksToCheck(entries), []).items;
        const rows = previewRows(entries, items);
        expect(rows).toHaveLength(entries.length);
        for (const row of rows) {
          expect(['new', 'duplicate', 'invalid']).toContain(row.status);
          if (row.status !== 'new') expect(row.reason).toMatch(/^[A-Z0-9].*\.$/u);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
