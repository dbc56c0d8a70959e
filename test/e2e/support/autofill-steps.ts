// The steps of the autofill tests as a user takes them (pages, the popup, the management page),
// and what they check afterwards: the field's value against oathtool, and what the page saw.
import type { Frame, Page } from 'playwright-core';
import type { ExtensionSession } from './browser';
import { openOptionsPage } from './options-page';

/** Room for a fill: the background injects its script and waits up to 1.5 s for a late field. */
export const FILL_STEP = { timeout: 10_000 };

/** Adds accounts from otpauth:// links, as a user pastes them into the popup. */
export async function addAccounts(popup: Page, uris: string[]): Promise<void> {
  for (const uri of uris) {
    await popup.getByRole('button', { name: 'Add account' }).click();
    await popup.getByLabel('otpauth:// link').fill(uri);
    await popup.getByRole('button', { name: 'Add', exact: true }).click();
    await popup.getByRole('heading', { name: 'Codes' }).waitFor();
  }
}

/** Sets the sites where an account's code may be filled, on the management page. */
export async function setSites(session: ExtensionSession, account: string, origins: string[]): Promise<void> {
  const page = await openOptionsPage(session, 'accounts');
  await page.getByRole('button', { name: `Edit ${account}` }).click();
  await page.getByRole('textbox', { name: 'Sites where the code may be filled' }).fill(origins.join('\n'));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: `Saved ${account}.` }).waitFor();
  await page.close();
}

/** The sites the management page lists for the account whose row header is `rowHeader`. */
export async function sitesOf(session: ExtensionSession, rowHeader: string): Promise<string[]> {
  const page = await openOptionsPage(session, 'accounts');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowHeader }) });
  await row.waitFor();
  const listed = await row.getByRole('listitem').allTextContents();
  await page.close();
  return listed;
}

export async function openSitePage(session: ExtensionSession, origin: string, name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${origin}/${name}`);
  return page;
}

/** Reads the page's code field (test/fixtures/autofill-e2e: always #otp). */
export const otpValue = (page: Page | Frame) => (): Promise<string> => page.locator('#otp').inputValue();

/** Clicks an account's Fill button in the list, as soon as the popup knows the page. */
export async function fillFrom(popup: Page, account: string): Promise<void> {
  await popup.getByRole('button', { name: `Fill code for ${account}` }).click();
}

/** The popup's notice says `text` (its codes are status regions too, so the text picks it out). */
export async function expectNotice(popup: Page, text: string): Promise<void> {
  await popup.getByRole('status').filter({ hasText: text }).waitFor(FILL_STEP);
}

/** The code went in: the popup says where, then closes itself, out of the page's way. */
export async function expectFilled(popup: Page, origin: string): Promise<void> {
  await expectNotice(popup, `Filled the code into ${origin}.`);
  if (!popup.isClosed()) await popup.waitForEvent('close', FILL_STEP);
}

type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/**
 * Asks the background, from an extension page, for the fill waiting for a popup: the very request
 * the popup sends when it opens (its reply is `{ ok: true, value: null }` when none waits).
 */
export function askWaitingFill(page: Page): Promise<unknown> {
  return page.evaluate(
    (message) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(message),
    { type: 'autofill.pending', body: {} },
  );
}

/** What the page saw (test/fixtures/autofill-e2e/page-events.js): its fields' input and change events. */
export interface SeenEvent {
  type: 'input' | 'change';
  name: string;
  value: string;
  trusted: boolean;
}

export function seenEvents(page: Page | Frame): Promise<SeenEvent[]> {
  return page.evaluate(() => (window as unknown as { seenEvents: SeenEvent[] }).seenEvents);
}
