// The popup's keyboard: where the list's keys send the focus, which element a `/` must leave
// alone, how far the list scrolls to show a row, and what the notice after a copy says.
import { describe, expect, it } from 'vitest';
import { copiedNotice } from '../../../lib/ui/copied-notice';
import { usableCode } from '../../../lib/ui/code-format';
import { hasModifier, rowForKey } from '../../../lib/ui/keyboard/row-keys';
import { isTextEntry } from '../../../lib/ui/keyboard/text-entry';
import { scrollTopShowing } from '../../../lib/ui/visible-range';

describe('moving between rows with the keyboard', () => {
  it.each([
    // from, count, key → where to
    [0, 1000, 'ArrowDown', { row: 1 }],
    [998, 1000, 'ArrowDown', { row: 999 }],
    [999, 1000, 'ArrowDown', { row: 999 }], // the last row stays: no wrap to the top
    [5, 1000, 'ArrowUp', { row: 4 }],
    [0, 1000, 'ArrowUp', 'above'], // back to the search field
    [500, 1000, 'Home', { row: 0 }],
    [3, 1000, 'End', { row: 999 }],
    [3, 1000, 'Tab', undefined], // Tab keeps walking every control
    [3, 1000, 'Enter', undefined],
    [0, 0, 'ArrowDown', undefined],
  ] as const)('from row %i of %i, %s goes to %j', (from, count, key, to) => {
    expect(rowForKey(from, count, key)).toEqual(to);
  });

  it('a row the list lost (filtered away) is never overshot', () => {
    expect(rowForKey(12, 3, 'ArrowUp')).toEqual({ row: 2 });
    expect(rowForKey(12, 3, 'ArrowDown')).toEqual({ row: 2 });
  });

  it('leaves keys with Ctrl, Alt, Meta or Shift to the browser', () => {
    const plain = { ctrlKey: false, altKey: false, metaKey: false, shiftKey: false };
    expect(hasModifier(plain)).toBe(false);
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey', 'shiftKey'] as const) {
      expect(hasModifier({ ...plain, [modifier]: true })).toBe(true);
    }
  });
});

describe('where typing writes text (and `/` is not a shortcut)', () => {
  const element = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, ...extra }) as unknown as Element;

  it.each([
    ['a search field', element('INPUT', { type: 'search' }), true],
    ['a number field', element('INPUT', { type: 'number' }), true],
    ['an input of no type', element('INPUT', { type: '' }), true],
    ['a text area', element('TEXTAREA'), true],
    ['a select (it types ahead)', element('SELECT'), true],
    ['an editable element', element('DIV', { isContentEditable: true }), true],
    ['a button', element('BUTTON', { isContentEditable: false }), false],
    ['a checkbox', element('INPUT', { type: 'checkbox' }), false],
    ['a radio button', element('INPUT', { type: 'radio' }), false],
    ['the page itself', element('BODY', { isContentEditable: false }), false],
    ['nothing', null, false],
  ])('%s: %s', (_, target, writes) => {
    expect(isTextEntry(target)).toBe(writes);
  });
});

describe('scrolling a row into view', () => {
  it.each([
    // scrollTop, viewport, row height, index → scrollTop
    [0, 416, 52, 3, 0], // in view: no move
    [0, 416, 52, 8, 52], // just below: one row down, it ends at the bottom edge
    [0, 416, 52, 999, 51_584], // End: the last row at the bottom
    [51_584, 416, 52, 0, 0], // Home: the first row at the top
    [520, 416, 52, 9, 468], // just above: it starts at the top edge
    [0, 416, 52, 0, 0],
  ])('at %i, %i px high, rows of %i, row %i: %i', (scrollTop, viewport, row, index, expected) => {
    expect(scrollTopShowing(scrollTop, viewport, row, index)).toBe(expected);
  });
});

describe('the code a row shows and copies', () => {
  const now = 1_000_000;
  it('is a time-based code only while it is valid', () => {
    expect(usableCode('totp', { code: '123456', validUntil: now + 1 }, undefined, now)).toBe('123456');
    expect(usableCode('totp', { code: '123456', validUntil: now }, undefined, now)).toBeUndefined();
    expect(usableCode('totp', undefined, undefined, now)).toBeUndefined();
  });

  it('is a counter-based code once asked for', () => {
    expect(usableCode('hotp', undefined, undefined, now)).toBeUndefined();
    expect(usableCode('hotp', undefined, '755224', now)).toBe('755224');
  });
});

describe('the notice after a copy', () => {
  it('says when the clipboard is emptied', () => {
    expect(copiedNotice('Bank (carol)', 30)).toBe('Copied the code for Bank (carol) — the clipboard clears in 30 s.');
    expect(copiedNotice('Bank (carol)', 600)).toBe('Copied the code for Bank (carol) — the clipboard clears in 600 s.');
  });

  it('says nothing about clearing when the clipboard is never cleared', () => {
    expect(copiedNotice('Bank (carol)', 0)).toBe('Copied the code for Bank (carol).');
  });
});
