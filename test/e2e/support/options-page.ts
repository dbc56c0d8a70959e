// The management page (options.html), and what the end-to-end tests of its server lists need
// besides: another browser of the same user, registered as a trusted device straight against the
// sandbox, as that browser would register itself (docs/api-contract.md §1.2, flows 1 and 2).
import type { Locator, Page } from 'playwright-core';
import { createHash, randomBytes } from 'node:crypto';
import type { ExtensionSession } from './browser';
import { oathtoolTotp } from './oathtool';
import { SERVER_STEP_TIMEOUT } from './server-popup';

/** Opens the management page on one of its sections (the hash names it). */
export async function openOptionsPage(session: ExtensionSession, section: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html#${section}`);
  return page;
}

/** The body rows of the section's table (the header row is not one of them). */
export function tableRows(page: Page): Locator {
  return page.locator('tbody').getByRole('row');
}

/** The one body row that shows `text` (an OS, a browser, "This browser"). */
export function tableRow(page: Page, text: string): Locator {
  return tableRows(page).filter({ hasText: text });
}

/** Waits until the section's table has `count` body rows. */
export async function expectRowCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelectorAll('tbody tr').length === wanted, count, {
    timeout: SERVER_STEP_TIMEOUT,
  });
}

async function authenticate(base: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}/api/v1/authenticate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`authenticate: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

export interface OtherBrowser {
  email: string;
  password: string;
  /** The user's active TOTP key (Base32), for the code of step 2. */
  secret: string;
  operatingSystem: string;
  browser: string;
}

/**
 * Logs in as another browser of the user and registers it as a trusted device, with the code of
 * the server's time `serverMs`. It must come from a step the server has not seen for this key (it
 * refuses replays, §4): the caller gets such a time from sandboxTimeAfterStep. Returns the
 * fingerprint it registered.
 */
export async function registerOtherBrowser(base: string, other: OtherBrowser, serverMs: number): Promise<string> {
  const password = createHash('sha1').update(other.password, 'utf8').digest('hex');
  const step1 = await authenticate(base, { username: other.email, password });
  if (typeof step1.mfa_token !== 'string') throw new Error('The other browser was not asked for a code.');
  const fingerprint = randomBytes(32).toString('base64url');
  await authenticate(base, {
    mfa_token: step1.mfa_token,
    code: oathtoolTotp(other.secret, Math.floor(serverMs / 1000)),
    trusted_device: { fingerprint, operating_system: other.operatingSystem, browser: other.browser, name: 'Another browser' },
  });
  return fingerprint;
}
