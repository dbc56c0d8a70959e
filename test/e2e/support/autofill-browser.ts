// How the autofill tests reach the extension the way a user does, in a browser with no screen:
// the toolbar popup and the browser's keyboard shortcuts have no headless equivalent, so each is
// reached by the nearest real path (see the notes on each function).
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './browser';
import { FILL_STEP } from './autofill-steps';

interface ChromeWindows {
  windows: { create(options: { url: string; type: 'popup'; focused: boolean; width: number; height: number }): Promise<unknown> };
}

/**
 * Opens popup.html in a window of its own, from the service worker, over the web page the test
 * works in. The toolbar button cannot be clicked headless; a window of type 'popup' is the closest:
 * it takes the focus as the real popup does, while the page's window stays the last focused
 * normal window, whose active tab is the one a fill goes to.
 */
export async function openPopupOver(session: ExtensionSession, page: Page): Promise<Page> {
  await page.bringToFront();
  const url = `chrome-extension://${session.extensionId}/popup.html`;
  const worker = session.context.serviceWorkers().at(-1);
  if (!worker) throw new Error('The extension has no running service worker to open its popup.');
  const [popup] = await Promise.all([
    session.context.waitForEvent('page', { predicate: (opened) => opened.url() === url }),
    worker.evaluate((popupUrl) => {
      const { windows } = (globalThis as unknown as { chrome: ChromeWindows }).chrome;
      return windows.create({ url: popupUrl, type: 'popup', focused: true, width: 420, height: 600 });
    }, url),
  ]);
  await popup.getByRole('heading', { name: 'Codes' }).waitFor();
  return popup;
}

/** The key code of F, given both as the DOM's and as the platform's: shortcuts match the latter. */
const KEY_F = 70;
/** CDP modifier bits: Alt = 1, Shift = 8. */
const ALT_SHIFT = 1 | 8;

/**
 * Presses Alt+Shift+F in the page as the keyboard does. Playwright's `keyboard.press` sends the
 * key without a native key code, and the browser's table of extension shortcuts never sees it
 * (the page gets the key, and no command fires). The same CDP input event with the native key
 * code goes the real way: the browser matches it against its shortcuts, fires the extension's
 * command and keeps the key from the page. Nothing calls the command's listener directly. `beforeKey` runs
 * just before the key goes down (the benchmark starts its clock there).
 */
export async function pressFillShortcut(session: ExtensionSession, page: Page, beforeKey?: () => void): Promise<void> {
  await page.bringToFront();
  const cdp = await session.context.newCDPSession(page);
  try {
    beforeKey?.();
    for (const type of ['rawKeyDown', 'keyUp'] as const) {
      await cdp.send('Input.dispatchKeyEvent', {
        type,
        modifiers: ALT_SHIFT,
        windowsVirtualKeyCode: KEY_F,
        nativeVirtualKeyCode: KEY_F,
        code: 'KeyF',
        key: 'F',
      });
    }
  } finally {
    await cdp.detach();
  }
}

/** The extension's popup pages the browser has open: tabs, windows and the toolbar's own. */
async function popupTargets(session: ExtensionSession, page: Page): Promise<string[]> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const url = `chrome-extension://${session.extensionId}/popup.html`;
    return targetInfos.filter((target) => target.type === 'page' && target.url === url).map((target) => target.targetId);
  } finally {
    await cdp.detach();
  }
}

interface ChromeBadges {
  windows: { getLastFocused(options: { windowTypes: ['normal'] }): Promise<{ id?: number }> };
  tabs: { query(query: { active: true; windowId: number }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/**
 * The extension's badge on the tab a fill goes to (the active tab of the last focused normal
 * window, as the background picks it), read in the service worker; '' when there is none.
 */
export async function fillTabBadge(session: ExtensionSession): Promise<string> {
  const worker = session.context.serviceWorkers().at(-1);
  if (!worker) return '';
  // A worker stopping meanwhile reads as no badge this time: the caller polls again.
  return worker.evaluate(async () => {
    const { windows, tabs, action } = (globalThis as unknown as { chrome: ChromeBadges }).chrome;
    const window = await windows.getLastFocused({ windowTypes: ['normal'] });
    const [tab] = window.id === undefined ? [] : await tabs.query({ active: true, windowId: window.id });
    return tab?.id === undefined ? '' : action.getBadgeText({ tabId: tab.id });
  }).catch(() => '');
}

/**
 * Presses the shortcut, on a page just opened, when the fill needs the user (several accounts, or
 * a yes), and waits until the background is done with it. Its last step says so: it opens the
 * extension's toolbar popup over the page when the browser lets it (action.openPopup needs a
 * focused window, which a loaded headless machine does not always give it), or else puts a badge
 * on the tab ("…": open the popup; "!": the fill failed). Only then is the waiting fill saved for
 * sure: a popup opened earlier would ask for it too soon, and show none.
 * The toolbar popup is no tab, so the test cannot drive it: if it opened it is closed again, as
 * the user would by clicking elsewhere, and the test goes on in the popup window of openPopupOver,
 * which reads the same waiting fill. Whether a fill is waiting is what the caller asserts next,
 * in that window.
 */
export async function pressFillShortcutForPopup(session: ExtensionSession, page: Page): Promise<void> {
  const before = await popupTargets(session, page);
  await pressFillShortcut(session, page);
  let opened: string[] = [];
  const deadline = Date.now() + FILL_STEP.timeout;
  while (Date.now() < deadline) {
    opened = (await popupTargets(session, page)).filter((id) => !before.includes(id));
    if (opened.length > 0 || (await fillTabBadge(session)) !== '') break;
    await page.waitForTimeout(100);
  }
  if (opened.length === 0) return;
  const cdp = await session.context.newCDPSession(page);
  try {
    for (const targetId of opened) await cdp.send('Target.closeTarget', { targetId });
  } finally {
    await cdp.detach();
  }
}
