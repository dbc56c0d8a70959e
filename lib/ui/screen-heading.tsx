import type { ComponentChildren } from 'preact';
import { useFocusOnArrival } from './use-focus-on-arrival';

/**
 * The title of a screen that has no field to start in. When the screen replaces the one the user
 * acted on, focus lands here, so a screen reader goes on reading from the title. Not a tab stop.
 */
export function ScreenHeading({ children }: { children: ComponentChildren }) {
  const ref = useFocusOnArrival<HTMLHeadingElement>();
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
