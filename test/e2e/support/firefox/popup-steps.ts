// The popup's vault and codes steps in Firefox, as the Chromium suite takes them (support/codes.ts,
// support/autofill-steps.ts), found by role and accessible name.
import type { Page } from 'puppeteer-core';
import { expectShownCodeMatchesOathtool } from '../code-check';
import type { TotpOptions } from '../oathtool';
import { byLabel, byRole } from './page-elements';

/** First run: creates the vault from the popup and waits for the (empty) codes list. */
export async function createVault(popup: Page, passphrase: string): Promise<void> {
  await byRole(popup, 'heading', 'Create your vault').waitFor();
  await byLabel(popup, 'Vault passphrase').fill(passphrase);
  await byLabel(popup, 'Repeat the passphrase').fill(passphrase);
  await byRole(popup, 'button', 'Create vault').click();
  await byRole(popup, 'heading', 'Codes').waitFor();
}

/** Adds an account from an otpauth:// link, as a user pastes it into the popup. */
export async function addAccountFromLink(popup: Page, uri: string): Promise<void> {
  await byRole(popup, 'button', 'Add account').click();
  await byLabel(popup, 'otpauth:// link').fill(uri);
  await byRole(popup, 'button', 'Add').click();
  await byRole(popup, 'heading', 'Codes').waitFor();
}

/** The code the popup shows for an account equals oathtool's for the same second. */
export function expectCodeMatchesOathtool(
  popup: Page,
  accountName: string,
  secret: string,
  options: TotpOptions = {},
): Promise<{ code: string; seconds: number }> {
  const output = byRole(popup, 'status', `Code for ${accountName}`);
  return expectShownCodeMatchesOathtool(() => output.textContent(), secret, options);
}

/** What the clipboard holds, read from `page` (the session's preferences let a test read it). */
export function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}
