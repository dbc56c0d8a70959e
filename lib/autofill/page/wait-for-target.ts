import { findTarget, type TargetSearch } from './find-target';

/** A longer wait than this is not a page still loading its second step. */
export const MAX_WAIT_MS = 15_000;
/**
 * How often the page is looked at again while waiting. Looking is what catches every way a field
 * comes: inserted (into the page or into a shadow root added meanwhile), shown, enabled, faded in
 * or uncovered, with or without a mutation to watch for; and it finds a field within a tenth of a
 * second of its coming, sooner than anyone can reach for it.
 */
const LOOK_EVERY_MS = 100;

/**
 * Finds the code field now, or waits up to `waitMs` for one to appear: single-page apps show the
 * second login step after the first one's answer, often inside web components. The last look
 * tells why nothing was found, when something was refused.
 */
export function waitForTarget(document: Document, waitMs: number): Promise<TargetSearch> {
  const deadline = Date.now() + Math.min(waitMs, MAX_WAIT_MS);
  return new Promise((resolve) => {
    const look = () => {
      const search = findTarget(document);
      if (search.target || Date.now() >= deadline) resolve(search);
      else setTimeout(look, LOOK_EVERY_MS);
    };
    look();
  });
}
