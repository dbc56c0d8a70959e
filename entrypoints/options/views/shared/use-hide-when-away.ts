import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `hide` when the page goes into a background tab or a minimised window, while `shown`: a
 * secret on display (a revealed key, plain links) does not outlive the user's look at it. Leaving
 * the section or locking the vault removes it with the component that holds it.
 */
export function useHideWhenAway(shown: boolean, hide: () => void): void {
  const latest = useRef(hide);
  latest.current = hide;
  useEffect(() => {
    if (!shown) return;
    const hideWhenAway = () => {
      if (document.visibilityState === 'hidden') latest.current();
    };
    document.addEventListener('visibilitychange', hideWhenAway);
    return () => document.removeEventListener('visibilitychange', hideWhenAway);
  }, [shown]);
}
