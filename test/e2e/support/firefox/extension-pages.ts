// The extension's own pages (popup.html, options.html) opened in tabs of the Firefox session.
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './firefox-session';
import { waitUntil } from './wait';

const MARK = '__otpCompanionBeforeReload';

/** The page's address and whether it has loaded, as the page itself says. */
function pageState(page: Page): Promise<{ href: string; ready: boolean; marked: boolean }> {
  return page.evaluate(
    (mark) => ({ href: location.href, ready: document.readyState === 'complete', marked: mark in globalThis }),
    MARK,
  );
}

/**
 * Shows `url` (a page of the extension) in `page`. Firefox does not report to the driver the load
 * of a moz-extension:// page, so a navigation awaited the usual way would not end: it is started
 * and left (it fails when the page closes), and the page's own location tells when it is there.
 */
export async function showExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  await waitUntil(`${url} to load`, () => pageState(page), (state) => state.href === url && state.ready && !state.marked);
}

/** Opens a page of the extension (a path such as "popup.html" or "options.html#backup") in a new tab. */
export async function openExtensionPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await showExtensionPage(page, `${session.origin}/${path}`);
  return page;
}

/** The popup, in a tab of its own: the toolbar button cannot be clicked in a headless browser. */
export function openPopup(session: FirefoxSession): Promise<Page> {
  return openExtensionPage(session, 'popup.html');
}

/** The management page, on one of its sections (the hash names it). */
export function openOptionsPage(session: FirefoxSession, section: string): Promise<Page> {
  return openExtensionPage(session, `options.html#${section}`);
}

/** Reloads an extension page, as the user's F5 would, and waits until the new document has loaded. */
export async function reloadExtensionPage(page: Page): Promise<void> {
  const { href } = await pageState(page);
  await page.evaluate((mark) => {
    Object.assign(globalThis, { [mark]: true });
    location.reload();
  }, MARK);
  await waitUntil(`${href} to reload`, () => pageState(page), (state) => state.href === href && state.ready && !state.marked);
}

/**
 * A page of the browser, opened since `before` was taken, whose document is at `url` (moz-extension://
 * pages report no URL to the driver: the page itself is asked).
 */
export async function newPageAt(session: FirefoxSession, url: string, before: Set<Page>): Promise<Page | undefined> {
  for (const page of await session.browser.pages()) {
    if (before.has(page)) continue;
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href === url) return page;
  }
  return undefined;
}
