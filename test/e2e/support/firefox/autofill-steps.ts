// The autofill steps of the Firefox suite, as the Chromium suite takes them (support/autofill-steps.ts,
// support/autofill-browser.ts): the web pages of support/autofill-pages.ts in tabs, the popup over
// them, and what the page saw.
import type { Page } from 'puppeteer-core';
import { newPageAt, openOptionsPage } from './extension-pages';
import type { FirefoxSession } from './firefox-session';
import { byRole, statusNotice } from './page-elements';
import { waitUntil } from './wait';

/** Sets the sites where an account's code may be filled, on the management page. */
export async function setSites(session: FirefoxSession, account: string, origins: string[]): Promise<void> {
  const page = await openOptionsPage(session, 'accounts');
  await byRole(page, 'button', `Edit ${account}`).click();
  await byRole(page, 'textbox', 'Sites where the code may be filled').fill(origins.join('\n'));
  await byRole(page, 'button', 'Save').click();
  await statusNotice(page, `Saved ${account}.`).waitFor();
  await page.close();
}

/** A web page of the test sites in a new tab, which becomes the window's active tab. */
export async function openSitePage(session: FirefoxSession, origin: string, name: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`${origin}/${name}`);
  return page;
}

type Windows = {
  windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
};

/**
 * Opens popup.html in a window of its own over the web page the test works in, as the Chromium
 * suite does: the toolbar button cannot be clicked in a headless browser. `extensionPage`, any
 * page of the extension, asks for the window. The web page's tab is made active first: it stays
 * the active tab of the most recently used normal window, the tab a fill goes to.
 */
export async function openPopupOver(session: FirefoxSession, page: Page, extensionPage: Page): Promise<Page> {
  await page.bringToFront();
  const url = `${session.origin}/popup.html`;
  const before = new Set(await session.browser.pages());
  await extensionPage.evaluate(async (popupUrl) => {
    const { windows } = (globalThis as unknown as { browser: Windows }).browser;
    await windows.create({ url: popupUrl, type: 'popup', width: 420, height: 600 });
  }, url);
  const popup = await waitUntil('the popup window', () => newPageAt(session, url, before), (found) => found !== undefined);
  await byRole(popup!, 'heading', 'Codes').waitFor();
  return popup!;
}

/** Clicks an account's Fill button in the list, as soon as the popup knows the page. */
export async function fillFrom(popup: Page, account: string): Promise<void> {
  await byRole(popup, 'button', `Fill code for ${account}`).click();
}

/** The code went in: the popup says where, then closes itself, out of the page's way. */
export async function expectFilled(popup: Page, origin: string): Promise<void> {
  await statusNotice(popup, `Filled the code into ${origin}.`).waitFor();
  await waitUntil('the popup to close', () => isGone(popup), (gone) => gone);
}

/**
 * Whether the page's window was closed. Puppeteer is not told when a window the extension opened
 * closes (isClosed() stays false), but Firefox answers that the page's browsing context is gone.
 */
async function isGone(page: Page): Promise<boolean> {
  if (page.isClosed()) return true;
  try {
    await page.evaluate(() => true);
    return false;
  } catch (error) {
    if (/no such frame/i.test((error as Error).message)) return true;
    throw error;
  }
}

/** Reads the page's code field (test/fixtures/autofill-e2e: always #otp). */
export const otpValue = (page: Page) => (): Promise<string> =>
  page.evaluate(() => document.querySelector<HTMLInputElement>('#otp')?.value ?? '');

/** What the page saw (test/fixtures/autofill-e2e/page-events.js): its fields' input and change events. */
export interface SeenEvent {
  type: 'input' | 'change';
  name: string;
  value: string;
  trusted: boolean;
}

export function seenEvents(page: Page): Promise<SeenEvent[]> {
  return page.evaluate(() => (window as unknown as { seenEvents: SeenEvent[] }).seenEvents);
}
