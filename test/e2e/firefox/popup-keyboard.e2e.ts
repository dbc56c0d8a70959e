// Firefox, the popup by the keyboard alone, as the Chromium suite drives it (popup-keyboard.e2e.ts):
// the search field has the focus, Enter copies the first match (read back from the clipboard, as
// the session's preferences allow, and checked with oathtool), `/` returns to the search, the
// arrows walk the rows past the first screen, Escape clears the search and then closes the popup.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { encodeBase32 } from '../../../lib/otp';
import { expectOathtoolCode, nowSeconds } from '../support/code-check';
import { openPopupOver } from '../support/firefox/autofill-steps';
import { openPopup } from '../support/firefox/extension-pages';
import { launchFirefoxWithExtension, type FirefoxSession } from '../support/firefox/firefox-session';
import { byLabel, byRole, statusNotice } from '../support/firefox/page-elements';
import { clipboardText, createVault } from '../support/firefox/popup-steps';
import { waitUntil } from '../support/firefox/wait';

const PASSPHRASE = 'keyboard first in firefox';
/** More rows than the popup draws at once. */
const COUNT = 30;
const secrets = Array.from({ length: COUNT }, () => encodeBase32(randomBytes(20)));
const name = (i: number) => `Service ${i} (user${i}@example.com)`;
const BANK_SECRET = encodeBase32(randomBytes(20));
const BANK = 'Bank (carol)';
const TOTAL = COUNT + 1;

type Runtime = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };

/** Adds accounts through the extension's own messages, from one of its pages. */
async function addAccounts(page: Page, uris: string[]): Promise<void> {
  await page.evaluate(async (uris) => {
    const { runtime } = (globalThis as unknown as { browser: Runtime }).browser;
    for (const uri of uris) if (!(await runtime.sendMessage({ type: 'accounts.addUri', body: { uri } })).ok) throw new Error('adding failed');
  }, uris);
}

/** What has the focus: the search field, or the row (1-based) and the name of the control in it. */
function focused(popup: Page): Promise<string> {
  return popup.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && active.type === 'search') return 'search';
    const row = active?.closest('li')?.getAttribute('aria-posinset');
    return row ? `row ${row}: ${active?.getAttribute('aria-label')}` : (active?.tagName ?? 'nothing');
  });
}

const expectFocus = (popup: Page, wanted: string) => waitUntil(`the focus on ${wanted}`, () => focused(popup), (at) => at === wanted);

describe('Firefox popup: keyboard first', () => {
  let session: FirefoxSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchFirefoxWithExtension();
    const setup = await openPopup(session);
    await createVault(setup, PASSPHRASE);
    await addAccounts(setup, [
      ...secrets.map((secret, i) => `otpauth://totp/Service%20${i}:user${i}%40example.com?secret=${secret}&issuer=Service%20${i}`),
      `otpauth://totp/Bank:carol?secret=${BANK_SECRET}&issuer=Bank`,
    ]);
    await setup.close();
  });

  afterAll(() => session?.dispose());

  it('opens with the focus in the search field; typing filters and Enter copies the first match', async () => {
    popup = await openPopup(session);
    await byRole(popup, 'listitem', name(0)).waitFor();
    await expectFocus(popup, 'search');
    await popup.keyboard.type('bank');
    await waitUntil('one row', () => byRole(popup, 'listitem').count(), (count) => count === 1);
    const since = nowSeconds();
    await popup.keyboard.press('Enter');
    await expectOathtoolCode(() => clipboardText(popup), BANK_SECRET, since, { timeout: 10_000 });
    await statusNotice(popup, `Copied the code for ${BANK} — the clipboard clears in 30 s.`).waitFor();
    await statusNotice(popup, /^Copied/).waitForGone();
  });

  it('`/` returns to the search from the list; Escape clears it', async () => {
    await popup.keyboard.press('ArrowDown');
    await expectFocus(popup, `row 1: Copy code for ${BANK}`);
    await popup.keyboard.press('/');
    await expectFocus(popup, 'search');
    expect(await byLabel(popup, 'Search accounts').value()).toBe('bank');
    await popup.keyboard.press('Escape');
    await waitUntil('the search to be cleared', () => byLabel(popup, 'Search accounts').value(), (value) => value === '');
    await expectFocus(popup, 'search');
  });

  it('the arrows, Home and End walk the rows, past the first screen', async () => {
    await waitUntil('the whole list', () => byRole(popup, 'listitem', name(0)).attribute('aria-setsize'), (size) => size === String(TOTAL));
    for (let row = 1; row <= 20; row++) {
      await popup.keyboard.press('ArrowDown');
      await expectFocus(popup, `row ${row}: Copy code for ${name(row - 1)}`);
    }
    await popup.keyboard.press('End');
    await expectFocus(popup, `row ${TOTAL}: Copy code for ${BANK}`);
    await popup.keyboard.press('Home');
    await expectFocus(popup, `row 1: Copy code for ${name(0)}`);
    await popup.keyboard.press('ArrowUp');
    await expectFocus(popup, 'search');
  });

  it('Escape with the search empty closes the popup', async () => {
    const window = await openPopupOver(session, popup, popup);
    await byRole(window, 'listitem', name(0)).waitFor();
    await expectFocus(window, 'search');
    await window.keyboard.press('Escape').catch(() => undefined);
    await waitUntil('the popup to close', () => window.evaluate(() => document.readyState).then(() => false, () => true), (gone) => gone);
  });
});
