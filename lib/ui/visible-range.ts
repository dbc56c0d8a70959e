/** Rows a scrolled list must render: those on screen plus a few either side for smooth scrolling. */
export interface RowRange {
  start: number;
  end: number;
}

export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 3,
): RowRange {
  const first = Math.floor(Math.max(scrollTop, 0) / rowHeight);
  const last = Math.ceil((Math.max(scrollTop, 0) + viewportHeight) / rowHeight);
  return { start: Math.max(first - overscan, 0), end: Math.min(last + overscan, rowCount) };
}
