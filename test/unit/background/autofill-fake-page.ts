// A browser with tabs, frames and a content script, for the autofill flow: what WXT's fake browser
// lacks (scripting, tabs.sendMessage to a frame, action, contextMenus, the offscreen document) is
// stubbed here, and every request the background makes is recorded for the tests to check.
import { vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DETECT_FIELD, type ContentRequest } from '../../../lib/autofill/content-protocol';
import { readPublicSuffixRules } from '../../../lib/autofill/worker/public-suffix-source';
import { FILL_COMMAND, FILL_MENU_ITEM, handleFillCommand, handleFillMenuClick } from '../../../lib/autofill/worker/autofill-gestures';
import { BACKGROUND_SCRIPT, offscreenMessages } from '../../../lib/clipboard/offscreen-protocol';
import { createGate } from '../../../lib/messaging/gate';
import { toWireError } from '../../../lib/messaging/remote-error';
import { createBackgroundRoute } from '../../../lib/background/background-route';
import type { Sender as MessageSender } from '../../../lib/messaging/gate';
import { parseOtpauthUri } from '../../../lib/otp';
import { fakeDeps } from './fake-deps';
import type { SiteMatch } from '../../../lib/vault/origins';
import type { CopiedWhy } from '../../../lib/autofill/worker/autofill-views';

export interface FakeFrame {
  url: string;
  documentId: string;
  /** Its document's own origin where the URL does not say it (a srcdoc frame has its parent's). */
  origin?: string;
  /** The page has a visible code field. */
  hasField: boolean;
  /** The content script refuses the fill, for this reason (the field went away: 'gone'). */
  refusesFill?: CopiedWhy;
  /** No field is found: the likeliest one was refused, for this reason. */
  refusedAtDetect?: CopiedWhy;
  /** The gesture gave no access to this frame (a frame of another site). */
  denied?: boolean;
  /** The tab goes to this URL while the field is being looked for. */
  navigatesTo?: string;
  /**
   * The frame goes to this URL while its field is being looked for, and the detect request is
   * answered from there (by a copy of the script that a browser without document ids lets reply).
   */
  frameNavigatesTo?: string;
  /** What the content script wrote into the field. */
  filled: string[];
}

interface FakeTab {
  id: number;
  url: string;
  frames: Map<number, FakeFrame>;
}

const rules = readPublicSuffixRules();

/** What the injected script reads as self.origin in the frame. */
const originOf = (frame: FakeFrame) => frame.origin ?? new URL(frame.url).origin;

/**
 * `documentIds: false` is a browser that does not name documents (Firefox before 135): nothing
 * then but the origins the frames report tells one document from the next.
 */
export function fakePages({ documentIds = true }: { documentIds?: boolean } = {}) {
  const tabs = new Map<number, FakeTab>();
  let activeId: number | undefined;
  let documents = 0;
  const injected: string[] = [];
  const sent: { tabId: number; frameId: number; documentId?: string; request: ContentRequest }[] = [];
  const clipboard: string[] = [];
  const badges: { tabId?: number; text: string }[] = [];
  const titles: { tabId?: number; title: string }[] = [];
  const openPopup = vi.fn(async () => undefined);

  const newDocument = () => `doc-${(documents += 1)}`;
  // The fields the flow reads; the rest of a real tab does not matter to it.
  const tabView = (tab: FakeTab) => ({ id: tab.id, url: tab.url, active: tab.id === activeId, windowId: 1 }) as Browser.tabs.Tab;

  function addTab(id: number, url: string, page: { hasField?: boolean; active?: boolean } = {}) {
    const top: FakeFrame = { url, documentId: newDocument(), hasField: page.hasField ?? true, filled: [] };
    tabs.set(id, { id, url, frames: new Map([[0, top]]) });
    if (page.active ?? true) activeId = id;
    return top;
  }

  function addFrame(tabId: number, frameId: number, url: string, page: Partial<FakeFrame> = {}): FakeFrame {
    const frame: FakeFrame = { url, documentId: newDocument(), hasField: true, filled: [], ...page };
    tabs.get(tabId)?.frames.set(frameId, frame);
    return frame;
  }

  /** A frame's page goes elsewhere (its parent sent it there): a new document, whose field may be anything. */
  function navigateFrame(tabId: number, frameId: number, url: string, page: Partial<FakeFrame> = {}): FakeFrame {
    return addFrame(tabId, frameId, url, page);
  }

  /** The tab's page goes elsewhere: a new document, whose field may be anything. */
  function navigate(tabId: number, url: string) {
    const tab = tabs.get(tabId);
    if (!tab) throw new Error(`no tab ${tabId}`);
    tab.url = url;
    tab.frames = new Map([[0, { url, documentId: newDocument(), hasField: true, filled: [] }]]);
  }

  function frameOf(tabId: number, frameId: number | undefined): FakeFrame {
    const frame = tabs.get(tabId)?.frames.get(frameId ?? 0);
    if (!frame) throw new Error('Could not establish connection. Receiving end does not exist.');
    return frame;
  }

  function tab(tabId: number) {
    const found = tabs.get(tabId);
    if (!found) throw new Error(`no tab ${tabId}`);
    return tabView(found);
  }

  function install() {
    vi.spyOn(browser.tabs, 'query').mockImplementation(async () => {
      const active = activeId === undefined ? undefined : tabs.get(activeId);
      return active ? [tabView(active)] : [];
    });
    vi.spyOn(browser.tabs, 'get').mockImplementation(async (tabId: number) => tab(tabId));
    // Every fake tab lives in the one normal window, the last focused.
    vi.spyOn(browser.windows, 'getLastFocused').mockImplementation(async () => ({ id: 1, type: 'normal' }) as Browser.windows.Window);
    const documentOf = (frame: FakeFrame) => (documentIds ? { documentId: frame.documentId } : {});
    type Injection = { target: { tabId: number; frameIds?: number[]; allFrames?: boolean }; files?: string[]; func?: () => unknown };
    const executeScript = async ({ target, files, func }: Injection) => {
      // A function in every frame (the look at the tab's frames): the browser leaves out those
      // the extension may not enter.
      if (target.allFrames) {
        if (!func) throw new Error('Only a function is run in every frame here.');
        const frames = [...(tabs.get(target.tabId)?.frames ?? [])].filter(([, frame]) => !frame.denied);
        return frames.map(([frameId, frame]) => ({ frameId, ...documentOf(frame), result: originOf(frame) }));
      }
      const frameId = target.frameIds?.[0] ?? 0;
      const frame = frameOf(target.tabId, frameId);
      if (frame.denied) throw new Error(`Cannot access contents of url "${frame.url}".`);
      injected.push(`${target.tabId}/${frameId} ${files?.join()}`);
      // The content script's main returns the frame's origin.
      return [{ frameId, ...documentOf(frame), result: originOf(frame) }];
    };
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation(executeScript as never);
    const sendMessage = async (tabId: number, request: ContentRequest, options: { frameId?: number; documentId?: string }) => {
      sent.push({ tabId, frameId: options.frameId ?? -1, ...(options.documentId && { documentId: options.documentId }), request });
      const frame = frameOf(tabId, options.frameId);
      if (options.documentId !== undefined && options.documentId !== frame.documentId) {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      // Answered as the content script's gate answers: a Reply.
      if (request.type === DETECT_FIELD) {
        if (frame.navigatesTo) navigate(tabId, frame.navigatesTo);
        const answering = frame.frameNavigatesTo ? navigateFrame(tabId, options.frameId ?? 0, frame.frameNavigatesTo) : frame;
        const found = answering.hasField && !answering.refusedAtDetect;
        const refused = answering.refusedAtDetect && { refused: answering.refusedAtDetect };
        return { ok: true, value: { found, boxes: found ? 1 : 0, origin: originOf(answering), ...refused } };
      }
      if (!frame.hasField) return { ok: true, value: { filled: false, reason: 'no-field' } };
      if (frame.refusesFill) return { ok: true, value: { filled: false, reason: frame.refusesFill } };
      frame.filled.push(request.body.code);
      return { ok: true, value: { filled: true } };
    };
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(sendMessage as never);

    vi.spyOn(browser.action, 'setBadgeText').mockImplementation((async (details: { tabId?: number; text: string }) => {
      badges.push(details);
    }) as never);
    vi.spyOn(browser.action, 'setTitle').mockImplementation((async (details: { tabId?: number; title: string }) => {
      titles.push(details);
    }) as never);
    (fakeBrowser.action as { openPopup?: unknown }).openPopup = openPopup;
    vi.spyOn(browser.runtime, 'getManifest').mockImplementation(() => ({ name: 'OTP Companion', version: '0.1.0', manifest_version: 3 }));

    // The list the build writes into the extension, served as the extension's own file.
    vi.stubGlobal('fetch', async (url: string) =>
      url === browser.runtime.getURL('/public-suffix-list.json') ? Response.json(rules) : new Response(null, { status: 404 }),
    );
    // The offscreen document (Chrome) that writes the clipboard.
    (fakeBrowser as { offscreen?: unknown }).offscreen = {
      hasDocument: async () => false,
      createDocument: async () => undefined,
      closeDocument: async () => undefined,
    };
    // It answers through the real gate and protocol of the offscreen channel.
    const backgroundUrl = browser.runtime.getURL(BACKGROUND_SCRIPT);
    const offscreenGate = createGate(offscreenMessages((text) => (clipboard.push(text), true)), {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      backgroundUrl,
      unknown: 'leave',
      toWireError,
    });
    // The worker's messages carry its script's URL as their sender, as Chrome reports it.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => offscreenGate(message, { id: browser.runtime.id, url: backgroundUrl }));
  }

  function uninstall() {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    delete (fakeBrowser as { offscreen?: unknown }).offscreen;
    delete (fakeBrowser.action as { openPopup?: unknown }).openPopup;
  }

  return { addTab, addFrame, navigateFrame, navigate, tab, install, uninstall, injected, sent, clipboard, badges, titles, openPopup };
}

export type FakePages = ReturnType<typeof fakePages>;

export const IDENTITY = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
export const POPUP: MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
export const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"
/** RFC 6238 Appendix B's first time. */
export const START = 59_000;
/** @see RFC 6238 Appendix B: SHA-1, T = 59 s, 8 digits. */
export const TOTP_CODE = '94287082';

/** A time-based account with the RFC secret and 8 digits, labelled `label` ("Issuer:name"). */
export const totpUri = (label: string) => `otpauth://totp/${label}?secret=${SECRET}&digits=8`;

/**
 * An unlocked in-memory vault behind the real handlers and router, with a clock that only moves
 * when the test says so; every reply to the popup is kept, to check that none carries a code.
 */
export async function autofillWorld() {
  let now = START;
  const deps = fakeDeps(() => now);
  await deps.vault.createVault('a long passphrase');
  const route = createBackgroundRoute(deps, IDENTITY);
  const replies: unknown[] = [];
  const send = async (type: string, body: unknown) => {
    const reply = await route({ type, body }, POPUP);
    replies.push(reply);
    return reply;
  };
  /** An account from its otpauth link, with its sites, reaching whole sites where `siteMatch` says so. */
  const add = (uri: string, origins?: string[], siteMatch?: SiteMatch) =>
    deps.vault.addAccount({ ...parseOtpauthUri(uri), ...(origins && { origins }), ...(siteMatch && { siteMatch }) });
  return { deps, route, send, add, replies, later: (ms: number) => void (now += ms) };
}

/** The same, with time-based accounts by label and the keyboard command and menu click on tab 1. */
export async function gestureWorld(pages: FakePages) {
  const world = await autofillWorld();
  const add = (label: string, origins?: string[], siteMatch?: SiteMatch) => world.add(totpUri(label), origins, siteMatch);
  const command = () => handleFillCommand(world.deps, FILL_COMMAND, pages.tab(1));
  const menu = (frameId = 0, frameUrl?: string) =>
    handleFillMenuClick(world.deps, { menuItemId: FILL_MENU_ITEM, editable: true, frameId, ...(frameUrl && { frameUrl }) } as never, pages.tab(1));
  return { ...world, add, command, menu };
}
