import { describe, expect, it } from 'vitest';
import { linksFromText } from '../../../lib/import/text-links';

describe('linksFromText', () => {
  it('gives one trimmed link per line with its line number, skipping blanks and comments', () => {
    const text = [
      '# exported from another app',
      '  otpauth://totp/a?secret=JBSWY3DPEHPK3PXP  ',
      '',
      '\t',
      '   # an indented comment',
      'not a link, but the background says why',
      'otpauth-migration://offline?data=AA',
    ].join('\n');
    expect(linksFromText(text)).toEqual([
      { line: 2, text: 'otpauth://totp/a?secret=JBSWY3DPEHPK3PXP' },
      { line: 6, text: 'not a link, but the background says why' },
      { line: 7, text: 'otpauth-migration://offline?data=AA' },
    ]);
  });

  it('counts lines the same with Windows and old Mac line ends and a byte-order mark', () => {
    expect(linksFromText('\uFEFFa\r\nb\rc\n\r\nd')).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
      { line: 3, text: 'c' },
      { line: 5, text: 'd' },
    ]);
  });

  it('finds nothing in empty or comment-only text', () => {
    expect(linksFromText('')).toEqual([]);
    expect(linksFromText('\n  \n# only a comment\n')).toEqual([]);
  });
});
