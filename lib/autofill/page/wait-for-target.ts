import { findTarget, type FillTarget } from './find-target';

/** A longer wait than this is not a page still loading its second step. */
export const MAX_WAIT_MS = 15_000;
/** Mutations come in bursts (a framework rendering a view): look once the burst is over. */
const SETTLE_MS = 50;
/** Fade-ins and transitions finish without any mutation, so look again now and then. */
const POLL_MS = 250;

/** New elements, and attribute changes that show, enable or re-label a field. */
const WATCHED = { childList: true, subtree: true, attributes: true };

/**
 * Finds the code field now, or waits up to `waitMs` for one to appear: single-page apps show the
 * second login step after the first one's answer, often inside web components, so the document
 * and every open shadow root are watched.
 */
export function waitForTarget(document: Document, waitMs: number): Promise<FillTarget | undefined> {
  const first = findTarget(document);
  if (first.target || waitMs <= 0) return Promise.resolve(first.target);

  return new Promise((resolve) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(schedule);
    const poll = setInterval(schedule, POLL_MS);
    const deadline = setTimeout(() => finish(findTarget(document).target), Math.min(waitMs, MAX_WAIT_MS));

    function watch(roots: readonly (Document | ShadowRoot)[]) {
      // Observing a node again only refreshes its options, so roots seen before are not doubled.
      for (const root of roots) observer.observe(root, WATCHED);
    }
    function finish(target: FillTarget | undefined) {
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(deadline);
      clearTimeout(pending);
      resolve(target);
    }
    function look() {
      pending = undefined;
      const search = findTarget(document);
      if (search.target) finish(search.target);
      else watch(search.roots);
    }
    function schedule() {
      pending ??= setTimeout(look, SETTLE_MS);
    }

    watch(first.roots);
  });
}
