import type { ComponentChildren, RefObject } from 'preact';
import { useId } from 'preact/hooks';
import { useFocusOnArrival } from '../../../../lib/ui/use-focus-on-arrival';
import { sectionTitle, type SectionId } from '../../sections';

/**
 * The ref of a section's heading, for a section that moves the focus there itself: after an
 * action removed the control the focus was on (a revoked device's row, an import's button), the
 * keyboard and a screen reader go on from the title instead of the top of the page.
 */
export function useSectionHeading() {
  return useFocusOnArrival<HTMLHeadingElement>();
}

interface SectionProps {
  id: SectionId;
  /** From useSectionHeading, when the section moves the focus to its heading after an action. */
  headingRef?: RefObject<HTMLHeadingElement>;
  class?: string;
  children: ComponentChildren;
}

/**
 * One section of the page, titled as in the navigation. Its heading takes the focus when the
 * section appears with the focus nowhere (the page just opened, or the unlock form that was
 * pressed is gone), so a screen reader starts at the title; it is no tab stop.
 */
export function Section({ id, headingRef, class: className, children }: SectionProps) {
  const arrival = useSectionHeading();
  const headingId = `${id}-heading`;
  return (
    <section class={className ? `section ${className}` : 'section'} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef ?? arrival} tabIndex={-1}>
        {sectionTitle(id)}
      </h2>
      {children}
    </section>
  );
}

interface PartProps {
  title: string;
  /** Where the focus goes after an action removed the control it was on. */
  headingRef?: RefObject<HTMLHeadingElement>;
  children: ComponentChildren;
}

/** A titled part of a section (a form of Backup or Settings): a region screen readers can jump to. */
export function SectionPart({ title, headingRef, children }: PartProps) {
  const id = useId();
  return (
    <section class="stack" aria-labelledby={id}>
      <h3 id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </h3>
      {children}
    </section>
  );
}
