/**
 * The frames of the tab's own site that a keyboard or popup fill searches for the code field
 * besides the tab's page: a srcdoc frame, a page of the same server or site in a frame. They are
 * seen when the fill is asked for (within what the gesture grants: the browser leaves out frames
 * the extension may not enter), and searched when the code is delivered, each only while it still
 * holds the document, and the origin, that was seen. Frames of other sites are never searched:
 * only the context menu, which names the frame, reaches them, and it asks first.
 */
import { browser } from 'wxt/browser';
import type { AutofillSite } from './autofill-views';
import { injectContentScript } from './autofill-flow-page';
import type { FillTarget, SeenFrame } from './autofill-pending';
import type { PublicSuffixList } from './public-suffix';
import { frameGoesWithTab, sameSite, siteOf, type SiteRule } from './site-match';

/**
 * Every subframe the extension may enter, with the origin its document has (read in the frame
 * itself: a srcdoc frame has its parent's). A failure to look is no failure of the fill: the tab's
 * page is still searched.
 */
async function subframes(tabId: number): Promise<SeenFrame[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => globalThis.origin });
    return results.flatMap(({ frameId, documentId, result }) =>
      frameId !== 0 && typeof result === 'string' ? [{ frameId, ...(documentId !== undefined && { documentId }), origin: result }] : [],
    );
  } catch {
    return [];
  }
}

/** The tab's subframes of the same site as its page, as they are when the fill is asked for. */
export async function sameSiteFrames(tabId: number, top: AutofillSite, list: PublicSuffixList): Promise<SeenFrame[]> {
  return (await subframes(tabId)).filter((frame) => {
    const site = siteOf(frame.origin, list);
    return site !== undefined && sameSite(top, site);
  });
}

/** Still the document that was seen, where the browser names documents. */
function sameDocument(seen: string | undefined, now: string | undefined): boolean {
  return seen === undefined || now === undefined || seen === now;
}

/**
 * The seen frames that may take `rule`'s code with the tab's (site-match.ts), each with the script
 * injected again and its target pinned to the document it landed in. A frame that navigated since
 * it was seen is left out: its new document, maybe of another site, gets nothing.
 */
export async function searchedFrames(target: FillTarget, rule: SiteRule, list: PublicSuffixList): Promise<FillTarget[]> {
  const frames = await Promise.all(
    (target.frames ?? []).map(async (seen): Promise<FillTarget | undefined> => {
      const site = siteOf(seen.origin, list);
      const place = site && { top: target.place.top, frame: site };
      if (!place || !frameGoesWithTab(rule, place, list)) return undefined;
      const injected = await injectContentScript(target.tabId, seen.frameId).catch(() => undefined);
      if (!injected || injected.origin !== seen.origin || !sameDocument(seen.documentId, injected.documentId)) return undefined;
      return { tabId: target.tabId, frameId: seen.frameId, ...(injected.documentId !== undefined && { documentId: injected.documentId }), place };
    }),
  );
  return frames.filter((frame) => frame !== undefined);
}
