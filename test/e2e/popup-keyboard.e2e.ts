// The popup driven by the keyboard alone, as a user who lives on it does: the search field has the
// focus on opening and after unlocking, Enter copies (or fills) the first match, `/` comes back to
// the search, the arrows walk the rows (past the first screen of a long list), Escape clears and
// then closes; and, for the mouse, a click on a code copies it. Each copy says when the clipboard
// is emptied, and the notice goes away by itself.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeBase32 } from '../../lib/otp';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { expectOathtoolCode, nowSeconds } from './support/code-check';
import { createVaultFromPopup } from './support/codes';
import { oathtoolHotp } from './support/oathtool';
import { openPopupOver, pressFillShortcutForPopup } from './support/autofill-browser';
import { startAutofillSites, type AutofillSites } from './support/autofill-pages';
import { FILL_STEP, expectFilled, openSitePage, otpValue, setSites } from './support/autofill-steps';

const PASSPHRASE = 'keyboard first passphrase';
/** More rows than the popup draws at once (about 14), so the arrows must scroll and draw the rest. */
const COUNT = 40;
const secrets = Array.from({ length: COUNT }, () => encodeBase32(randomBytes(20)));
const name = (i: number) => `Service ${i} (user${i}@example.com)`;
const BANK_SECRET = encodeBase32(randomBytes(20));
const BANK = 'Bank (carol)';
/** The list: the services in order, then the bank. */
const TOTAL = COUNT + 1;
const WAIT = { timeout: 10_000 };

type Runtime = { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };

/** Sends the extension's own messages from one of its pages, as its management page would. */
async function send(page: Page, messages: { type: string; body: unknown }[]): Promise<void> {
  await page.evaluate(async (messages) => {
    const { runtime } = (globalThis as unknown as { chrome: Runtime }).chrome;
    for (const message of messages) if (!(await runtime.sendMessage(message)).ok) throw new Error(`${message.type} failed`);
  }, messages);
}

const addUri = (uri: string) => ({ type: 'accounts.addUri', body: { uri } });
const clearAfter = (seconds: number) => ({ type: 'settings.update', body: { clipboardClearSeconds: seconds } });

/** What has the focus: the search field, or the row (1-based) and the name of the control in it. */
function focused(popup: Page): Promise<string> {
  return popup.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && active.type === 'search') return 'search';
    const row = active?.closest('li')?.getAttribute('aria-posinset');
    return row ? `row ${row}: ${active?.getAttribute('aria-label')}` : (active?.tagName ?? 'nothing');
  });
}

const clipboard = (popup: Page) => () => popup.evaluate(() => navigator.clipboard.readText());
const copiedNotice = (popup: Page) => popup.getByRole('status').filter({ hasText: /^Copied/ });

describe('popup: keyboard first, mouse friendly', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const setup = await session.openPopup();
    await createVaultFromPopup(setup, PASSPHRASE);
    await send(setup, [
      ...secrets.map((secret, i) => addUri(`otpauth://totp/Service%20${i}:user${i}%40example.com?secret=${secret}&issuer=Service%20${i}`)),
      addUri(`otpauth://totp/Bank:carol?secret=${BANK_SECRET}&issuer=Bank`),
    ]);
    await setup.close();
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
  });

  it('opens with the focus in the search field; typing filters and Enter copies the first match', async () => {
    popup = await session.openPopup();
    await popup.getByRole('listitem', { name: name(0) }).waitFor();
    expect(await focused(popup)).toBe('search');

    await popup.keyboard.type('bank');
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(1);
    const since = nowSeconds();
    await popup.keyboard.press('Enter');
    await expectOathtoolCode(clipboard(popup), BANK_SECRET, since, WAIT);
    // The default delay: 30 s.
    await expect.poll(() => copiedNotice(popup).textContent(), WAIT).toBe(`Copied the code for ${BANK} — the clipboard clears in 30 s.`);
    // It goes away by itself, a few seconds later.
    await expect.poll(() => copiedNotice(popup).count(), WAIT).toBe(0);
  });

  it('`/` brings the focus back to the search field from the list, without typing a slash', async () => {
    await popup.keyboard.press('ArrowDown');
    expect(await focused(popup)).toBe(`row 1: Copy code for ${BANK}`);
    await popup.keyboard.press('/');
    expect(await focused(popup)).toBe('search');
    expect(await popup.getByRole('searchbox', { name: 'Search accounts' }).inputValue()).toBe('bank');
    // The search is selected, so typing starts a new one; in the search field, a slash is text.
    await popup.keyboard.type('/bank');
    expect(await popup.getByRole('searchbox', { name: 'Search accounts' }).inputValue()).toBe('/bank');
  });

  it('Escape clears the search; the arrows, Home and End walk the rows, past the first screen', async () => {
    await popup.keyboard.press('Escape');
    expect(await popup.getByRole('searchbox', { name: 'Search accounts' }).inputValue()).toBe('');
    expect(await focused(popup)).toBe('search');
    await expect.poll(() => popup.getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(TOTAL));

    await popup.keyboard.press('ArrowDown');
    expect(await focused(popup)).toBe(`row 1: Copy code for ${name(0)}`);
    // Down, one row per key, well past what the first screen draws.
    for (let row = 2; row <= 25; row++) {
      await popup.keyboard.press('ArrowDown');
      await expect.poll(() => focused(popup)).toBe(`row ${row}: Copy code for ${name(row - 1)}`);
    }
    expect(await popup.getByRole('listitem', { name: name(0) }).count()).toBe(0);
    await popup.keyboard.press('End');
    await expect.poll(() => focused(popup)).toBe(`row ${TOTAL}: Copy code for ${BANK}`);
    await popup.keyboard.press('ArrowDown');
    expect(await focused(popup)).toBe(`row ${TOTAL}: Copy code for ${BANK}`);
    await popup.keyboard.press('ArrowUp');
    await expect.poll(() => focused(popup)).toBe(`row ${TOTAL - 1}: Copy code for ${name(COUNT - 1)}`);
    await popup.keyboard.press('Home');
    await expect.poll(() => focused(popup)).toBe(`row 1: Copy code for ${name(0)}`);
    // Up from the first row: back in the search field.
    await popup.keyboard.press('ArrowUp');
    expect(await focused(popup)).toBe('search');

    // Enter on a row's Copy button copies that row's code.
    for (let row = 1; row <= 3; row++) await popup.keyboard.press('ArrowDown');
    await expect.poll(() => focused(popup)).toBe(`row 3: Copy code for ${name(2)}`);
    const since = nowSeconds();
    await popup.keyboard.press('Enter');
    await expectOathtoolCode(clipboard(popup), secrets[2]!, since, WAIT);
    await expect.poll(() => copiedNotice(popup).textContent(), WAIT).toBe(`Copied the code for ${name(2)} — the clipboard clears in 30 s.`);
  });

  it('copies a code when it is clicked, and says nothing about clearing when clearing is off', async () => {
    await send(popup, [clearAfter(0)]);
    const code = popup.getByRole('status', { name: `Code for ${name(1)}`, exact: true });
    // At the end of a time step the row shows no code until the next one arrives, nor the hint.
    await expect.poll(() => code.getAttribute('title'), WAIT).toBe('Click to copy');
    const since = nowSeconds();
    await code.click();
    await expectOathtoolCode(clipboard(popup), secrets[1]!, since, WAIT);
    await expect.poll(() => copiedNotice(popup).textContent(), WAIT).toBe(`Copied the code for ${name(1)}.`);
    await expect.poll(() => copiedNotice(popup).count(), WAIT).toBe(0);
    await send(popup, [clearAfter(30)]);
  });

  it('after unlocking, the focus is in the search field, not on the page', async () => {
    await popup.getByRole('button', { name: 'Lock' }).click();
    await popup.getByLabel('Vault passphrase').fill(PASSPHRASE);
    await popup.keyboard.press('Enter');
    await popup.getByRole('listitem', { name: name(0) }).waitFor();
    await expect.poll(() => focused(popup)).toBe('search');
    await popup.keyboard.type('user7@');
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(1);
    await popup.close();
  });

  it('Enter on a counter-based account with no code yet goes to its Next code; once shown, Enter copies it', async () => {
    const hotpSecret = encodeBase32(randomBytes(20));
    const tab = await session.openPopup();
    await send(tab, [addUri(`otpauth://hotp/Token:erin?secret=${hotpSecret}&issuer=Token&counter=0`)]);
    await tab.close();
    popup = await session.openPopup();
    await popup.getByRole('listitem', { name: name(0) }).waitFor();
    await expect.poll(() => focused(popup)).toBe('search');
    await popup.keyboard.type('token');
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(1);
    await popup.keyboard.press('Enter');
    await expect.poll(() => focused(popup)).toBe('row 1: Next code for Token (erin)');
    await popup.keyboard.press('Enter');
    const code = popup.getByRole('status', { name: 'Code for Token (erin)', exact: true });
    await expect.poll(async () => (await code.textContent())?.replace(/\s/g, '')).toBe(oathtoolHotp(hotpSecret, 0));
    // The row's Copy button is now the one the arrows land on.
    await popup.keyboard.press('/');
    await popup.keyboard.press('ArrowDown');
    expect(await focused(popup)).toBe('row 1: Copy code for Token (erin)');
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('Enter');
    await expect.poll(clipboard(popup), WAIT).toBe(oathtoolHotp(hotpSecret, 0));
    await popup.close();
  });

  it('Escape clears the search, and closes the popup when the search is empty', async () => {
    // A popup window, as the toolbar opens it: a tab opened by the browser's automation may not
    // close itself.
    const tab = await session.openPopup();
    const window = await openPopupOver(session, tab);
    await window.getByRole('listitem', { name: name(0) }).waitFor();
    await expect.poll(() => focused(window)).toBe('search');
    await window.keyboard.type('bank');
    expect(await window.getByRole('searchbox', { name: 'Search accounts' }).inputValue()).toBe('bank');
    await window.keyboard.press('Escape');
    expect(await window.getByRole('searchbox', { name: 'Search accounts' }).inputValue()).toBe('');
    expect(window.isClosed()).toBe(false);
    // The window closes while the key is down: its key-up has nowhere to go.
    await Promise.all([window.waitForEvent('close', WAIT), window.keyboard.press('Escape').catch(() => undefined)]);
    await tab.close();
  });

  describe('where the popup was opened for a fill', () => {
    let sites: AutofillSites;

    beforeAll(async () => {
      sites = await startAutofillSites();
      // Two accounts know the site: the keyboard shortcut asks the popup which one.
      await setSites(session, BANK, [sites.main]);
      await setSites(session, name(0), [sites.main]);
    });

    afterAll(async () => {
      await sites?.close();
    });

    it('Enter fills the first match into the page', async () => {
      const page = await openSitePage(session, sites.main, 'sign-in-code.html');
      await page.locator('#otp').focus();
      await pressFillShortcutForPopup(session, page);
      const window = await openPopupOver(session, page);
      await window.getByRole('region', { name: 'Fill a code' }).waitFor();
      await expect.poll(() => focused(window)).toBe('search');
      await window.keyboard.type('bank');
      await expect.poll(() => window.getByRole('listitem').count()).toBe(1);
      const since = nowSeconds();
      await window.keyboard.press('Enter');
      await expectFilled(window, sites.main);
      await expectOathtoolCode(otpValue(page), BANK_SECRET, since, FILL_STEP);
      await page.close();
    });
  });
});
