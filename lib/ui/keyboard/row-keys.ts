/** Where a key sends the focus from a row of a list: another row, the field above the list, or nowhere. */
export type RowMove = { row: number } | 'above' | undefined;

/**
 * The arrow keys move one row, Home and End to the first and last row; Up from the first row
 * leaves the list for what stands above it (the search field), as in a combobox. Nothing wraps
 * around: with a thousand rows, a wrap from the last to the first would only lose the user.
 */
export function rowForKey(index: number, count: number, key: string): RowMove {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return { row: Math.min(index + 1, count - 1) };
    case 'ArrowUp':
      return index <= 0 ? 'above' : { row: Math.min(index - 1, count - 1) };
    case 'Home':
      return { row: 0 };
    case 'End':
      return { row: count - 1 };
    default:
      return undefined;
  }
}

/** A key pressed with Ctrl, Alt or Meta (or Shift, for the list's keys) belongs to the browser or the system. */
export function hasModifier(event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'>): boolean {
  return event.ctrlKey || event.altKey || event.metaKey || event.shiftKey;
}
