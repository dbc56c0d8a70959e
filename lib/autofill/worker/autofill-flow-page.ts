/**
 * The fill's side of the browser: which tab and frame, what the browser says their URLs are, and
 * the two requests to the content script it injects there. A code is only ever sent to the frame
 * and document that were checked (frameId + documentId), never broadcast to a tab.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Reply } from '../../messaging/gate';
import { DETECT_FIELD, FILL_FIELD, type ContentRequest, type DetectReply, type FillReply } from '../content-protocol';
import { FrameAccessError, NoWebPageError, PageAccessError, PageChangedError } from './autofill-flow-errors';
import type { FillTarget } from './autofill-pending';
import type { PublicSuffixList } from './public-suffix';
import { siteOf, type FillPlace } from './site-match';
import { CONTENT_SCRIPT } from './content-script-file';

/** The content script as the build writes it; it is registered at run time, for no site. */
/** How long the content script waits for a field that a page is still adding (SPA second steps). */
export const DETECT_WAIT_MS = 1500;

/**
 * The active tab of the last focused normal window: the page the popup was opened over. A normal
 * window on purpose: the popup opened in a window of its own (or any extension popup window) must
 * not make the extension look at itself instead of the page. Firefox ignores a window-type filter
 * on windows.getLastFocused, so the type is checked here; when the last focused window is not a
 * normal one, the active tab of the normal window used most recently is the page.
 */
export async function activeTab(): Promise<Browser.tabs.Tab | undefined> {
  const window = await browser.windows.getLastFocused();
  if (window.type === 'normal' && window.id !== undefined) {
    const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
    return tab;
  }
  const tabs = await browser.tabs.query({ active: true, windowType: 'normal' });
  return tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/**
 * The tab's site and the field frame's, from the URLs the browser reported: the tab's own for the
 * top frame, the menu click's frameUrl for another frame. Both must be web pages.
 */
export function placeOf(tabUrl: string | undefined, frameUrl: string | undefined, list: PublicSuffixList): FillPlace {
  const top = siteOf(tabUrl, list);
  const frame = siteOf(frameUrl, list);
  if (!top || !frame) throw new NoWebPageError();
  return { top, frame };
}

/**
 * Injects the content script into one frame (the user's gesture granted activeTab for this tab)
 * and returns the document it runs in, where the browser tells it (Chrome; Firefox does not).
 * Injecting again into a frame that has it is harmless: the script answers only once.
 */
export async function injectContentScript(tabId: number, frameId: number): Promise<string | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_SCRIPT] });
    return result?.documentId;
  } catch (error) {
    throw frameId === 0 ? new PageAccessError({ cause: error }) : new FrameAccessError({ cause: error });
  }
}

/**
 * The tab still shows the site that was checked. With a document id, the browser itself refuses to
 * deliver to another document; without one (Firefox), this is what stops a navigation in between.
 */
export async function assertSamePage(target: FillTarget, list: PublicSuffixList): Promise<void> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(target.tabId)).url;
  } catch {
    throw new PageChangedError();
  }
  if (siteOf(url, list)?.origin !== target.place.top.origin) throw new PageChangedError();
}

/** The frame's answer, or undefined when it refused the request or failed to carry it out. */
async function sendToFrame<T>(target: FillTarget, request: ContentRequest): Promise<Partial<T> | undefined> {
  const options = { frameId: target.frameId, ...(target.documentId !== undefined && { documentId: target.documentId }) };
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.tabs.sendMessage(target.tabId, request, options)) as Reply<T> | undefined;
  } catch {
    // No cause kept: the failed request may be the one carrying the code.
    throw new PageChangedError();
  }
  return reply?.ok ? (reply.value as Partial<T>) : undefined;
}

/** Whether the frame has a visible, enabled code field (waiting a moment for one to appear). */
export async function detectField(target: FillTarget): Promise<boolean> {
  const reply = await sendToFrame<DetectReply>(target, { type: DETECT_FIELD, body: { waitMs: DETECT_WAIT_MS } });
  return reply?.found === true;
}

/** Whether the code went into the field found by the last detection. */
export async function fillField(target: FillTarget, code: string): Promise<boolean> {
  const reply = await sendToFrame<FillReply>(target, { type: FILL_FIELD, body: { code } });
  return reply?.filled === true;
}
