import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Moves the keyboard focus into a panel the user just opened from a button of the list (Edit,
 * Reveal secret): its first control, so typing starts there and Escape-less keyboard use works.
 */
export function useFocusFirstControl<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, []);
  return ref;
}
