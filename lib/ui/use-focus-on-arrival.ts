import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Whether the keyboard focus is nowhere in particular: on the page itself, as when the control the
 * user pressed was removed with the screen it belonged to, or disabled.
 */
export function focusIsLost(page: Document): boolean {
  return page.activeElement === null || page.activeElement === page.body;
}

/**
 * Gives focus to an element of a screen that has just appeared, when the screen before took the
 * focus with it (its "Back" or submit button is gone): else the next Tab would start again at the
 * top of the popup. Focus the user put somewhere (a tab, a field) stays there, and an element in
 * a hidden tab panel cannot take it. The `autofocus` attribute cannot do this: a browser honours
 * it once per page, so it works for the first screen only.
 */
export function useFocusOnArrival<T extends HTMLElement>(wanted = true, when: 'before-paint' | 'after-paint' = 'before-paint') {
  const ref = useRef<T>(null);
  // Only on arrival: later renders of the same screen leave focus to the user. Before the first
  // frame by default (a layout effect), so focus is in place before the user can type. Focusing
  // makes the browser lay the page out there and then: a screen as large as the codes list asks
  // for it after its first frame instead, rather than pay for a layout its next renders redo.
  const useArrivalEffect = when === 'before-paint' ? useLayoutEffect : useEffect;
  useArrivalEffect(() => {
    if (wanted && ref.current && focusIsLost(document)) ref.current.focus();
  }, []);
  return ref;
}
