import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { hasModifier, rowForKey } from './keyboard/row-keys';
import { scrollTopShowing, type RowRange } from './visible-range';

/** The attribute that marks the control of a row that the keyboard lands on (its Copy button, say). */
export const ROW_PRIMARY = 'data-row-primary';

/** What the screen around the list may ask of it. */
export interface VirtualListControl {
  /** Scrolls row `index` into view, renders it if need be, and focuses its primary control. */
  focusRow: (index: number) => void;
}

interface VirtualListProps<T> {
  items: readonly T[];
  range: RowRange;
  label: string;
  rowHeight: number;
  height: number;
  onScroll: (scrollTop: number) => void;
  /** The index of the row that took the keyboard focus, or undefined when the focus left the list. */
  onFocusRow: (index: number | undefined) => void;
  /** Up from the first row: the focus goes back to what stands above the list. */
  onLeaveTop?: () => void;
  /** Filled in with the list's control, for keys pressed outside it (Down in the search field). */
  control?: RefObject<VirtualListControl | undefined>;
  /** A stable identity, so a row's state follows its item when the list is filtered. */
  rowKey: (item: T) => string;
  /** The row's accessible name. */
  rowLabel: (item: T) => string;
  /** A class for every row besides `row` (the rows lay their content out themselves, with no wrapper). */
  rowClass?: string;
  renderRow: (item: T) => ComponentChildren;
}

/**
 * A list that renders only the rows of `range` (see visibleRange): a thousand accounts cost what a
 * dozen do. The list keeps its full height so the scroll bar tells the truth, and each row says
 * where it stands (aria-setsize, aria-posinset). The row holding the focus is reported, so that
 * the rows around it are rendered at once (see visibleRange) and the keyboard reaches every row.
 *
 * The arrow keys, Home and End move the focus between the rows' primary controls (see rowForKey),
 * while Tab still walks every control: a screen reader hears "Copy code for …, 3 of 1,000" row by
 * row. A row out of the rendered range is scrolled to first and focused once it is drawn.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, range, label, rowHeight, height, onScroll, onFocusRow, onLeaveTop, control, rowKey, rowLabel, rowClass, renderRow } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  /** The row the keyboard asked for, until it is drawn and focused. */
  const wanted = useRef<number | undefined>();

  function focusWanted(): void {
    const index = wanted.current;
    if (index === undefined) return;
    const row = list.current?.querySelector(`li.row[aria-posinset="${index + 1}"]`);
    const target = row?.querySelector<HTMLElement>(`[${ROW_PRIMARY}]`) ?? row?.querySelector<HTMLElement>('button');
    if (!target) return;
    wanted.current = undefined;
    target.focus();
  }

  function focusRow(index: number): void {
    const box = scroller.current;
    if (!box || index < 0 || index >= items.length) return;
    const top = scrollTopShowing(box.scrollTop, height, rowHeight, index);
    if (top !== box.scrollTop) {
      box.scrollTop = top;
      // At once, not on the scroll event: the rows around `top` are rendered in this very update.
      onScroll(box.scrollTop);
    }
    wanted.current = index;
    focusWanted();
  }

  // After each render: a row the keyboard asked for may just have been drawn.
  useLayoutEffect(() => {
    focusWanted();
    if (control) control.current = { focusRow };
  });

  function onKeyDown(event: KeyboardEvent): void {
    if (hasModifier(event)) return;
    const from = rowIndexOf(event.target);
    if (from === undefined) return;
    const move = rowForKey(from, items.length, event.key);
    if (move === undefined) return;
    event.preventDefault();
    if (move === 'above') onLeaveTop?.();
    else focusRow(move.row);
  }

  const rows = [];
  for (let index = range.start; index < range.end; index++) {
    const item = items[index]!;
    rows.push(
      <li
        key={rowKey(item)}
        class={rowClass ? `row ${rowClass}` : 'row'}
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
    <div ref={scroller} class="scroller" style={{ height: `${height}px` }} onScroll={(e) => onScroll(e.currentTarget.scrollTop)}>
      <ul
        ref={list}
        aria-label={label}
        style={{ height: `${items.length * rowHeight}px` }}
        onKeyDown={onKeyDown}
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
