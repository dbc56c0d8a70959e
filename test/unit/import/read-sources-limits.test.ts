// What one import may ask of the page, source by source: pasted text, a text file of links, and
// all sources together. Each limit refuses with a sentence, and the sources after the one that
// passed the import's limit are not read at all.
import { describe, expect, it, vi } from 'vitest';
import { TooManyEntriesError } from '../../../lib/import/errors';
import { MAX_FILE_ROWS, MAX_IMPORT_ROWS, MAX_PASTED_CHARS } from '../../../lib/import/limits';
import { readImportSources, type ImportSource } from '../../../lib/import/read-sources';

const LINK = 'otpauth://totp/Shop:ann?secret=JBSWY3DPEHPK3PXP';
const lines = (count: number) => Array.from({ length: count }, (_, index) => `${LINK}&n=${index}`).join('\n');
const textFile = (name: string, text: string): ImportSource => ({ kind: 'file', name, file: new Blob([text]) });

describe('import limits on the page', () => {
  it('refuses pasted text over 1 MB as one row, without splitting it into lines', async () => {
    const text = `${LINK}\n`.repeat(Math.ceil(MAX_PASTED_CHARS / LINK.length));
    expect(await readImportSources([{ kind: 'pasted', text }])).toEqual([
      { entry: 'Pasted text', reason: 'This text is too long to be a list of links (1 MB at most).' },
    ]);
  });

  it('refuses a text or a file of more than 1,000 lines as one row each', async () => {
    const reason = 'More than 1,000 entries: split it and import the parts one after the other.';
    expect(await readImportSources([{ kind: 'pasted', text: lines(MAX_FILE_ROWS + 1) }, textFile('many.txt', lines(MAX_FILE_ROWS + 1))])).toEqual([
      { entry: 'Pasted text', reason },
      { entry: 'many.txt', reason },
    ]);
    expect(await readImportSources([{ kind: 'pasted', text: lines(MAX_FILE_ROWS) }])).toHaveLength(MAX_FILE_ROWS);
  });

  it('stops reading sources once the rows pass 2,000: the next file is never opened', async () => {
    const never = new Blob([LINK]);
    const read = vi.spyOn(never, 'text');
    const sources: ImportSource[] = [
      textFile('a.txt', lines(1000)),
      textFile('b.txt', lines(1000)),
      textFile('c.txt', lines(1)),
      { kind: 'file', name: 'd.txt', file: never },
    ];
    await expect(readImportSources(sources)).rejects.toThrow(new TooManyEntriesError(MAX_IMPORT_ROWS));
    expect(read).not.toHaveBeenCalled();
  });
});
