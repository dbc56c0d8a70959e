/** Rows a scrolled list must render: those on screen plus a few either side for smooth scrolling. */
export interface RowRange {
  start: number;
  end: number;
}

/** Rows rendered beyond each edge of the viewport once the list is on screen. */
export const OVERSCAN = 3;

/**
 * `focused` is the row holding the keyboard focus, if it is rendered: a few rows either side of it
 * are rendered too, at once, so that Tab (or Shift+Tab) always finds its next row drawn, however
 * fast it repeats. Waiting for the scroll that focusing a row causes would let a quick key skip
 * out of the list.
 */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  focused?: number,
  overscan: number = OVERSCAN,
): RowRange {
  const first = Math.floor(Math.max(scrollTop, 0) / rowHeight);
  const last = Math.ceil((Math.max(scrollTop, 0) + viewportHeight) / rowHeight);
  let start = Math.max(first - overscan, 0);
  let end = Math.min(last + overscan, rowCount);
  // Only a focused row inside the rendered range extends it: one scrolled far away is not kept.
  if (focused !== undefined && focused >= start && focused < end) {
    start = Math.max(Math.min(start, focused - OVERSCAN), 0);
    end = Math.min(Math.max(end, focused + OVERSCAN + 1), rowCount);
  }
  return { start, end };
}

/**
 * The scroll position that brings row `index` fully into view, moving as little as possible (none
 * when it is in view already): the keyboard's way down a list scrolls it one row at a time.
 */
export function scrollTopShowing(scrollTop: number, viewportHeight: number, rowHeight: number, index: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(bottom - viewportHeight, 0);
  return scrollTop;
}
