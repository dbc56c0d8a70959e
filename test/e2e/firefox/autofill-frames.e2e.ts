// Firefox, autofill into the frames of a page: the popup's Fill looks for the code field in the
// frames of the page's own site (a srcdoc frame, a page of the same server) and fills it there,
// each frame only once its document reported the origin that was checked; a frame of another site
// gets nothing. The keyboard command and the context menu cannot be driven over WebDriver BiDi, so
// a page that sends its frame elsewhere while a fill waits is covered in Chromium and by the unit
// tests of a browser without document ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { startAutofillSites, type AutofillSites } from '../support/autofill-pages';
import { expectOathtoolCode, nowSeconds } from '../support/code-check';
import { expectFilled, fillFrom, openPopupOver, openSitePage, setSites, type SeenEvent } from '../support/firefox/autofill-steps';
import { openOptionsPage, openPopup } from '../support/firefox/extension-pages';
import { launchFirefoxWithExtension, type FirefoxSession } from '../support/firefox/firefox-session';
import { byRole, byText, statusNotice } from '../support/firefox/page-elements';
import { addAccountFromLink, createVault } from '../support/firefox/popup-steps';
import { STEP_TIMEOUT, waitUntil } from '../support/firefox/wait';

const ALICE_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ALICE = 'Example (alice)';

/** The page's one subframe, once its code field is there (a srcdoc frame has no address to find it by). */
async function codeFrame(page: Page): Promise<Frame> {
  return waitUntil(
    'the frame with the code field',
    async () => {
      const [frame] = page.mainFrame().childFrames();
      return frame && (await frame.evaluate(() => document.querySelector('#otp') !== null)) ? frame : undefined;
    },
    (frame) => frame !== undefined,
  ) as Promise<Frame>;
}

const frameValue = (frame: Frame) => (): Promise<string> =>
  frame.evaluate(() => document.querySelector<HTMLInputElement>('#otp')?.value ?? '');
const frameEvents = (frame: Frame): Promise<SeenEvent[]> => frame.evaluate(() => (window as unknown as { seenEvents: SeenEvent[] }).seenEvents);

describe('Firefox autofill: frames of the page’s site, and how far an account’s sites reach', () => {
  let sites: AutofillSites;
  let session: FirefoxSession;
  let extensionPage: Page;

  beforeAll(async () => {
    sites = await startAutofillSites();
    session = await launchFirefoxWithExtension();
    extensionPage = await openPopup(session);
    await createVault(extensionPage, 'autofill frames passphrase');
    await addAccountFromLink(extensionPage, `otpauth://totp/Example:alice?secret=${ALICE_SECRET}&issuer=Example`);
    await setSites(session, ALICE, [sites.main]);
  });

  afterAll(async () => {
    await session?.dispose();
    await sites?.close();
  });

  it.each([
    ['a frame the page wrote itself (srcdoc)', 'srcdoc-frame.html'],
    ['a frame of the page’s own site', 'same-site-frame.html'],
  ])("fills a field in %s from the popup's Fill button", async (_what, file) => {
    const page = await openSitePage(session, sites.main, file);
    const frame = await codeFrame(page);
    const popup = await openPopupOver(session, page, extensionPage);
    const since = nowSeconds();
    await fillFrom(popup, ALICE);
    await expectFilled(popup, sites.main);
    const code = await expectOathtoolCode(frameValue(frame), ALICE_SECRET, since, { timeout: STEP_TIMEOUT });
    expect((await frameEvents(frame)).map((event) => [event.type, event.value])).toEqual([
      ['input', code],
      ['change', code],
    ]);
    await page.close();
  });

  it('never fills a field in a frame of another site from the popup: the code is copied instead', async () => {
    const page = await openSitePage(session, sites.main, 'framed-sign-in.html');
    const frame = await codeFrame(page);
    const popup = await openPopupOver(session, page, extensionPage);
    await fillFrom(popup, ALICE);
    await statusNotice(popup, 'No code field found: the code was copied.').waitFor();
    await popup.close();
    expect(await frameValue(frame)()).toBe('');
    expect(await frameEvents(frame)).toEqual([]);
    await page.close();
  });

  it('shows and changes, from the keyboard, whether an account’s sites reach whole sites', async () => {
    const options = await openOptionsPage(session, 'accounts');
    await byRole(options, 'button', `Edit ${ALICE}`).click();
    const group = byRole(options, 'group', 'Where the code is filled');
    const exact = await group.role('radio', 'Only at these exact addresses').handle();
    expect(await exact.evaluate((radio) => (radio as HTMLInputElement).checked)).toBe(true);
    await exact.focus();
    await options.keyboard.press('ArrowDown');
    const whole = await group.role('radio', 'At every address of these sites, subdomains included').handle();
    expect(await whole.evaluate((radio) => (radio as HTMLInputElement).checked)).toBe(true);
    await (await byRole(options, 'button', 'Save').handle()).focus();
    await options.keyboard.press('Enter');
    await statusNotice(options, `Saved ${ALICE}.`).waitFor();
    await byText(options, 'Subdomains included').waitFor();
    await options.close();
  });
});
