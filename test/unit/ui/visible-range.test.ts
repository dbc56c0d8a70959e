import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../../lib/ui/visible-range';

describe('rows a scrolled list renders', () => {
  it.each([
    // scrollTop, viewport, row, count → start, end (3 rows of overscan either side)
    [0, 416, 52, 1000, 0, 11],
    [0, 104, 52, 2, 0, 2],
    [520, 416, 52, 1000, 7, 21],
    [51_584, 416, 52, 1000, 989, 1000], // scrolled to the very end
    [-40, 416, 52, 1000, 0, 11], // elastic overscroll above the top
    [0, 0, 52, 0, 0, 0],
  ])('at %i px of %i (rows of %i, %i rows): %i to %i', (scrollTop, viewport, row, count, start, end) => {
    expect(visibleRange(scrollTop, viewport, row, count)).toEqual({ start, end });
  });

  it.each([
    // scrollTop, focused row → start, end: the focused row keeps 3 rendered rows after and before it
    [0, 10, 0, 14], // the last row drawn below the screen has the focus
    [0, 5, 0, 11], // well inside: nothing more
    [520, 7, 4, 21], // the first row drawn above the screen
    [0, 998, 0, 11], // scrolled far away from the focus (by the wheel): not kept
    [51_584, 999, 989, 1000], // the very last row: nothing past the end
  ])('at %i px with row %i focused: %i to %i', (scrollTop, focused, start, end) => {
    expect(visibleRange(scrollTop, 416, 52, 1000, focused)).toEqual({ start, end });
  });
});
