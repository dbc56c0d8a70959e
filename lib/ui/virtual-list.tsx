import type { ComponentChildren } from 'preact';
import type { RowRange } from './visible-range';

interface VirtualListProps<T> {
  items: readonly T[];
  range: RowRange;
  label: string;
  rowHeight: number;
  height: number;
  onScroll: (scrollTop: number) => void;
  /** The index of the row that took the keyboard focus, or undefined when the focus left the list. */
  onFocusRow: (index: number | undefined) => void;
  /** A stable identity, so a row's state follows its item when the list is filtered. */
  rowKey: (item: T) => string;
  /** The row's accessible name. */
  rowLabel: (item: T) => string;
  renderRow: (item: T) => ComponentChildren;
}

/**
 * A list that renders only the rows of `range` (see visibleRange): a thousand accounts cost what a
 * dozen do. The list keeps its full height so the scroll bar tells the truth, and each row says
 * where it stands (aria-setsize, aria-posinset). The row holding the focus is reported, so that
 * the rows around it are rendered at once (see visibleRange) and the keyboard reaches every row.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, range, label, rowHeight, height, onScroll, onFocusRow, rowKey, rowLabel, renderRow } = props;
  const rows = [];
  for (let index = range.start; index < range.end; index++) {
    const item = items[index]!;
    rows.push(
      <li
        key={rowKey(item)}
        class="row"
        aria-label={rowLabel(item)}
        style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
        aria-setsize={items.length}
        aria-posinset={index + 1}
      >
        {renderRow(item)}
      </li>,
    );
  }
  return (
    <div class="scroller" style={{ height: `${height}px` }} onScroll={(e) => onScroll(e.currentTarget.scrollTop)}>
      <ul
        aria-label={label}
        style={{ height: `${items.length * rowHeight}px` }}
        onFocusIn={(e) => onFocusRow(rowIndexOf(e.target))}
        onFocusOut={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onFocusRow(undefined);
        }}
      >
        {rows}
      </ul>
    </div>
  );
}

/** The index of the row an element is in, from the row's aria-posinset (1-based). */
function rowIndexOf(target: EventTarget | null): number | undefined {
  const position = (target as Element | null)?.closest?.('li.row')?.getAttribute('aria-posinset');
  return position ? Number(position) - 1 : undefined;
}
