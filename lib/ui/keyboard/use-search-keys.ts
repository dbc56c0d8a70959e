import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { useFocusOnArrival } from '../use-focus-on-arrival';
import type { VirtualListControl } from '../virtual-list';
import { hasModifier } from './row-keys';
import { isTextEntry } from './text-entry';

interface SearchKeysOptions {
  /** The screen is on show (its tab selected): only then do its keys and its focus apply. */
  shown: boolean;
  query: string;
  clearQuery: () => void;
  /** Enter in the search field: the first match's action (copy, or fill). */
  takeFirstMatch: () => void;
  list: RefObject<VirtualListControl | undefined>;
}

/**
 * The keys of a searchable list's screen: the search field has the focus on arrival; `/` comes back
 * to it from anywhere but a text field; in it, Enter takes the first match and Down enters the
 * list (whose own keys VirtualList handles); Escape, in it or on a row, clears the search and
 * returns to it, and with the search already empty closes the popup.
 */
export function useSearchKeys({ shown, query, clearQuery, takeFirstMatch, list }: SearchKeysOptions) {
  const search = useFocusOnArrival<HTMLInputElement>(shown, 'after-paint');

  useEffect(() => {
    if (!shown) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      if (isTextEntry(document.activeElement) || !search.current) return;
      event.preventDefault();
      search.current.focus();
      // Typing starts a new search; the old one is a Backspace away from gone anyway.
      search.current.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown]);

  function escape() {
    if (query === '') {
      window.close();
      return;
    }
    clearQuery();
    search.current?.focus();
  }

  function onSearchKey(event: KeyboardEvent) {
    if (hasModifier(event) || event.isComposing) return;
    if (event.key === 'Enter') takeFirstMatch();
    else if (event.key === 'ArrowDown') list.current?.focusRow(0);
    else if (event.key === 'Escape') escape();
    else return;
    event.preventDefault();
  }

  /** For the screen around the list: Escape on a row. */
  function onScreenKey(event: KeyboardEvent) {
    if (event.key !== 'Escape' || hasModifier(event) || !(event.target as Element).closest('li.row')) return;
    event.preventDefault();
    escape();
  }

  return { search, onSearchKey, onScreenKey };
}
