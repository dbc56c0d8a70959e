import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup } from './support/codes';
import { openPopupOver, pressFillShortcut, pressFillShortcutForPopup } from './support/autofill-browser';
import { startAutofillSites, type AutofillSites } from './support/autofill-pages';
import { expectOathtoolCode, nowSeconds } from './support/code-check';
import { FILL_STEP, addAccounts, expectFilled, expectNotice, fillFrom, openSitePage, otpValue, seenEvents, setSites } from './support/autofill-steps';
import { openOptionsPage } from './support/options-page';

const ALICE_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const BOB_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const ALICE = 'Example (alice)';
const BOB = 'Partner (bob)';

/** The frame of `page` whose document is at `origin` (waiting for it to load there). */
async function frameAt(page: Page, origin: string) {
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(origin)), FILL_STEP).toBe(true);
  return page.frames().find((frame) => frame.url().startsWith(origin))!;
}

/** The page's one subframe (a srcdoc frame has no address to find it by). */
function childFrame(page: Page) {
  const [child] = page.mainFrame().childFrames();
  if (!child) throw new Error('The page has no frame.');
  return child;
}

/** `origin` with another host name: *.localhost is this computer too, to the browser. */
function withHost(origin: string, hostname: string): string {
  const url = new URL(origin);
  url.hostname = hostname;
  return url.origin;
}

// Frames of the tab's own site, which the keyboard command and the popup search for the code
// field; a page that sends such a frame to another site while the user picks an account; and an
// account's choice between exact addresses and whole sites, made on the management page.
describe('autofill into frames of the page’s site, and how far an account’s sites reach', () => {
  let sites: AutofillSites;
  let session: ExtensionSession;

  beforeAll(async () => {
    sites = await startAutofillSites();
    session = await launchWithExtension();
    const popup = await session.openPopup();
    await createVaultFromPopup(popup, 'autofill frames passphrase');
    await addAccounts(popup, [
      `otpauth://totp/Example:alice?secret=${ALICE_SECRET}&issuer=Example`,
      `otpauth://totp/Partner:bob?secret=${BOB_SECRET}&issuer=Partner`,
    ]);
    await popup.close();
    await setSites(session, ALICE, [sites.main]);
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
    await sites?.close();
  });

  it('fills a field in a frame the page wrote itself (srcdoc) with the keyboard command', async () => {
    const page = await openSitePage(session, sites.main, 'srcdoc-frame.html');
    const frame = childFrame(page);
    await frame.locator('#otp').focus();
    const since = nowSeconds();
    await pressFillShortcut(session, page);
    const code = await expectOathtoolCode(otpValue(frame), ALICE_SECRET, since, FILL_STEP);
    expect((await seenEvents(frame)).map((event) => [event.type, event.value])).toEqual([
      ['input', code],
      ['change', code],
    ]);
    expect(await seenEvents(page)).toEqual([]);
    await page.close();
  });

  it("fills a field in a frame of the page's own site from the popup's Fill button", async () => {
    const page = await openSitePage(session, sites.main, 'same-site-frame.html');
    const frame = await frameAt(page, `${sites.main}/sign-in-code.html`);
    await frame.locator('#otp').waitFor();
    const popup = await openPopupOver(session, page);
    const since = nowSeconds();
    await fillFrom(popup, ALICE);
    await expectFilled(popup, sites.main);
    await expectOathtoolCode(otpValue(frame), ALICE_SECRET, since, FILL_STEP);
    await page.close();
  });

  it('gives nothing to a frame the page sent to another site while the user picked the account', async () => {
    await setSites(session, BOB, [sites.main]);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.main });
    const page = await openSitePage(session, sites.main, 'same-site-frame.html');
    await (await frameAt(page, `${sites.main}/sign-in-code.html`)).locator('#otp').waitFor();
    // Two accounts know the site: the shortcut's fill waits for the popup, the frame seen as it is now.
    await pressFillShortcutForPopup(session, page);
    await page.evaluate(() => (window as unknown as { sendFrameAway(): void }).sendFrameAway());
    const away = await frameAt(page, `${sites.other}/sign-in-code.html`);
    await away.locator('#otp').waitFor();

    const popup = await openPopupOver(session, page);
    const waiting = popup.getByRole('region', { name: 'Fill a code' });
    const since = nowSeconds();
    await waiting.getByRole('button', { name: `Fill code for ${BOB}` }).click();
    // The tab's page has no field of its own: the code is copied, and the other site gets nothing.
    await expectNotice(popup, 'No code field found: the code was copied.');
    await popup.close();
    expect(await otpValue(away)()).toBe('');
    expect(await seenEvents(away)).toEqual([]);
    await page.bringToFront();
    await expectOathtoolCode(() => page.evaluate(() => navigator.clipboard.readText()), BOB_SECRET, since, FILL_STEP);
    await page.close();
  });

  it('fills another address of a site only once the account is set, from the keyboard, to reach whole sites', async () => {
    const site = withHost(sites.other, 'bank.localhost');
    const login = withHost(sites.other, 'login.bank.localhost');
    await setSites(session, ALICE, [sites.main, site]);

    // Exact addresses, the default: the shortcut finds no account for login.bank.localhost.
    const page = await openSitePage(session, login, 'sign-in-code.html');
    await page.locator('#otp').focus();
    await pressFillShortcutForPopup(session, page);
    expect(await otpValue(page)()).toBe('');

    const options = await openOptionsPage(session, 'accounts');
    await options.getByRole('button', { name: `Edit ${ALICE}` }).click();
    const group = options.getByRole('group', { name: 'Where the code is filled' });
    const exact = group.getByRole('radio', { name: 'Only at these exact addresses' });
    expect(await exact.isChecked()).toBe(true);
    await exact.focus();
    await options.keyboard.press('ArrowDown');
    expect(await group.getByRole('radio', { name: 'At every address of these sites, subdomains included' }).isChecked()).toBe(true);
    await options.getByRole('button', { name: 'Save' }).focus();
    await options.keyboard.press('Enter');
    await options.getByRole('status').filter({ hasText: `Saved ${ALICE}.` }).waitFor();
    await options.getByText('Subdomains included').waitFor();
    await options.close();

    await page.reload();
    await page.locator('#otp').focus();
    const since = nowSeconds();
    await pressFillShortcut(session, page);
    await expectOathtoolCode(otpValue(page), ALICE_SECRET, since, FILL_STEP);
    await page.close();
  });
});
