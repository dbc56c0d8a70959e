/**
 * The fill's side of the browser: which tab and frame, what the browser says their URLs are, and
 * the two requests to the content script it injects there. A code is only ever sent to the frame
 * and document that were checked, never broadcast to a tab: to one frame (frameId, and documentId
 * where the browser gives one), after that frame's document reported the origin that was checked,
 * once when the script was injected and again when it answered the detect request.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Reply } from '../../messaging/gate';
import { DETECT_FIELD, FILL_FIELD, type ContentRequest, type DetectAnswer, type FillReply } from '../content-protocol';
import { FrameAccessError, NoWebPageError, PageAccessError, PageChangedError } from './autofill-flow-errors';
import type { FillTarget } from './autofill-pending';
import type { PublicSuffixList } from './public-suffix';
import type { AutofillSite, CopiedWhy } from './autofill-views';
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

/** Where an injection landed: the document (where the browser says) and its origin. */
export interface InjectedFrame {
  documentId?: string;
  /** The document's own origin, as the injected script returned it (FrameOrigin). */
  origin?: string;
}

/**
 * Injects the content script into one frame (the user's gesture granted activeTab for this tab)
 * and returns where it landed: the document that frame holds now, which may no longer be the one
 * whose URL was checked. Injecting again into a frame that has it is harmless: the script answers
 * only once.
 */
export async function injectContentScript(tabId: number, frameId: number): Promise<InjectedFrame> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_SCRIPT] });
    const origin: unknown = result?.result;
    return { ...(result?.documentId !== undefined && { documentId: result.documentId }), ...(typeof origin === 'string' && { origin }) };
  } catch (error) {
    throw frameId === 0 ? new PageAccessError({ cause: error }) : new FrameAccessError({ cause: error });
  }
}

/** The frame holds a document of the origin that was checked; anything else is another page. */
export function assertSameOrigin(reported: string | undefined, checked: AutofillSite): void {
  if (reported !== checked.origin) throw new PageChangedError();
}

/**
 * The tab still shows the site that was checked, and the frame that found the field still holds
 * the origin that was checked (`frameOrigin`, read by the frame when it answered the detect
 * request, after any wait). A document id, where the browser has one, also keeps a request from
 * reaching another document; the origins are what stop a navigation where it has none.
 */
export async function assertSamePage(target: FillTarget, list: PublicSuffixList, frameOrigin?: string): Promise<void> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(target.tabId)).url;
  } catch {
    throw new PageChangedError();
  }
  if (siteOf(url, list)?.origin !== target.place.top.origin) throw new PageChangedError();
  if (frameOrigin !== undefined) assertSameOrigin(frameOrigin, target.place.frame);
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

/**
 * Whether the frame has a visible, enabled code field (waiting a moment for one to appear), and
 * the origin of the document that answered; nothing when the frame refused or failed the request.
 */
export async function detectField(target: FillTarget): Promise<DetectedField | undefined> {
  const reply = await sendToFrame<DetectAnswer>(target, { type: DETECT_FIELD, body: { waitMs: DETECT_WAIT_MS } });
  if (!reply) return undefined;
  return {
    found: reply.found === true,
    ...(typeof reply.origin === 'string' && { origin: reply.origin }),
    ...(isCopiedWhy(reply.refused) && { refused: reply.refused }),
  };
}

/** What a frame said of its code field: found, or why the likeliest one was refused. */
export interface DetectedField {
  found: boolean;
  origin?: string;
  refused?: CopiedWhy;
}

/** The code went into the field found by the last detection; else why it did not, where known. */
export async function fillField(target: FillTarget, code: string): Promise<{ filled: true } | { filled: false; why?: CopiedWhy }> {
  const reply = await sendToFrame<FillReply>(target, { type: FILL_FIELD, body: { code } });
  if (reply?.filled === true) return { filled: true };
  return isCopiedWhy(reply?.reason) ? { filled: false, why: reply.reason } : { filled: false };
}

const COPIED_WHY: readonly unknown[] = ['gone', 'hidden', 'covered', 'sms-or-email', 'misfit'] satisfies CopiedWhy[];

/** A reason the page gave that the user can be told (whatever else a page sends is dropped). */
function isCopiedWhy(value: unknown): value is CopiedWhy {
  return COPIED_WHY.includes(value);
}
