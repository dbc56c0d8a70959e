import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, removeProfile, type ExtensionSession } from './support/browser';
import { createVaultFromPopup } from './support/codes';
import { openPopupOver, pressFillShortcut, pressFillShortcutForPopup } from './support/autofill-browser';
import { startAutofillSites, type AutofillSites } from './support/autofill-pages';
import { expectOathtoolCode, nowSeconds } from './support/code-check';
import {
  FILL_STEP,
  addAccounts,
  askWaitingFill,
  expectFilled,
  expectNotice,
  fillFrom,
  openSitePage,
  otpValue,
  seenEvents,
  setSites,
  sitesOf,
} from './support/autofill-steps';

const PASSPHRASE = 'autofill end to end passphrase';
const ALICE_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const BOB_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const ALICE = 'Example (alice)';
const BOB = 'Partner (bob)';
/** The management page's row headers: issuer and account name, as two lines. */
const ALICE_ROW = 'Example alice';
const BOB_ROW = 'Partner bob';

// The whole path of a fill in real Chromium: the popup (or the keyboard command) names an account,
// the background checks the page's site against the account's, injects the content script, and
// the code lands in the page's field; pages on another site, frames of another site, transparent
// and hidden fields get nothing without the user's yes, or nothing at all.
describe('autofill of one-time codes into web pages', () => {
  let sites: AutofillSites;
  let session: ExtensionSession;

  beforeAll(async () => {
    sites = await startAutofillSites();
    session = await launchWithExtension();
    const popup = await session.openPopup();
    await createVaultFromPopup(popup, PASSPHRASE);
    await addAccounts(popup, [
      `otpauth://totp/Example:alice?secret=${ALICE_SECRET}&issuer=Example`,
      `otpauth://totp/Partner:bob?secret=${BOB_SECRET}&issuer=Partner`,
    ]);
    await popup.close();
    // Alice's account knows the main site, as a user sets it on the management page.
    await setSites(session, ALICE, [sites.main]);
  });

  afterAll(async () => {
    await session?.close().catch(() => undefined);
    if (session) removeProfile(session);
    await sites?.close();
  });

  it('fills the code with the keyboard command when one account knows the site', async () => {
    const page = await openSitePage(session, sites.main, 'sign-in-code.html');
    await page.locator('#otp').focus();
    const since = nowSeconds();
    await pressFillShortcut(session, page);
    const code = await expectOathtoolCode(otpValue(page), ALICE_SECRET, since, FILL_STEP);
    // Set the way frameworks notice: an input and a change event, each seeing the whole code.
    expect(await seenEvents(page)).toEqual([
      { type: 'input', name: 'otp', value: code, trusted: false },
      { type: 'change', name: 'otp', value: code, trusted: false },
    ]);
    await page.close();
  });

  it("fills the code from the popup's Fill button and closes the popup", async () => {
    const page = await openSitePage(session, sites.main, 'sign-in-code.html');
    const popup = await openPopupOver(session, page);
    await expect.poll(() => popup.getByText(`1 account for ${sites.main}`).count(), FILL_STEP).toBe(1);
    const aliceRow = popup.getByRole('listitem', { name: ALICE });
    expect(await aliceRow.getByText('For this site').count()).toBe(1);
    expect(await popup.getByRole('listitem', { name: BOB }).getByText('For this site').count()).toBe(0);

    const since = nowSeconds();
    await fillFrom(popup, ALICE);
    await expectFilled(popup, sites.main);
    const code = await expectOathtoolCode(otpValue(page), ALICE_SECRET, since, FILL_STEP);
    expect((await seenEvents(page)).map((event) => [event.type, event.value])).toEqual([
      ['input', code],
      ['change', code],
    ]);
    await page.close();
  });

  it('asks before filling a page of another site, and Cancel leaves its field empty', async () => {
    const page = await openSitePage(session, sites.other, 'sign-in-code.html');
    const popup = await openPopupOver(session, page);
    await fillFrom(popup, ALICE);
    const question = popup.getByRole('region', { name: 'Confirm fill' });
    await question.waitFor();
    expect(await question.getByRole('paragraph').allTextContents()).toEqual([
      `Fill the code for ${ALICE}?`,
      `${sites.other} is not one of this account's sites: filling it remembers it.`,
    ]);
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    // The keyboard goes on from the button that asked.
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label')), FILL_STEP)
      .toBe(`Fill code for ${ALICE}`);
    expect(await otpValue(page)()).toBe('');
    expect(await seenEvents(page)).toEqual([]);
    expect(await sitesOf(session, ALICE_ROW)).toEqual([sites.main]);
    await popup.close();
    await page.close();
  });

  it('fills a new site after the user confirms, and the account learns it', async () => {
    const page = await openSitePage(session, sites.other, 'sign-in-code.html');
    const popup = await openPopupOver(session, page);
    await fillFrom(popup, BOB);
    const question = popup.getByRole('region', { name: 'Confirm fill' });
    const since = nowSeconds();
    await question.getByRole('button', { name: 'Fill anyway' }).click();
    await expectFilled(popup, sites.other);
    await expectOathtoolCode(otpValue(page), BOB_SECRET, since, FILL_STEP);
    expect(await sitesOf(session, BOB_ROW)).toEqual([sites.other]);

    // Next time the site is the account's own: marked, and filled without a question.
    const again = await openSitePage(session, sites.other, 'sign-in-code.html');
    const second = await openPopupOver(session, again);
    await expect.poll(() => second.getByText(`1 account for ${sites.other}`).count(), FILL_STEP).toBe(1);
    expect(await second.getByRole('listitem', { name: BOB }).getByText('For this site').count()).toBe(1);
    const secondSince = nowSeconds();
    await fillFrom(second, BOB);
    await expectFilled(second, sites.other);
    await expectOathtoolCode(otpValue(again), BOB_SECRET, secondSince, FILL_STEP);
    await page.close();
    await again.close();
  });

  it('never fills a field in a frame of another site from the popup or the keyboard', async () => {
    const page = await openSitePage(session, sites.main, 'framed-sign-in.html');
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.main });
    const frame = page.frames().find((child) => child.url().startsWith(sites.other))!;
    await frame.locator('#otp').waitFor();

    // The popup's Fill goes to the tab's own page, which has no field: the code is copied instead.
    const popup = await openPopupOver(session, page);
    await fillFrom(popup, ALICE);
    await expectNotice(popup, 'No code field found: the code was copied.');
    await popup.close();

    // The shortcut pressed inside the frame's field: a keyboard fill goes to the tab's page too, so
    // the frame gets nothing and the code is copied.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await frame.locator('#otp').focus();
    const since = nowSeconds();
    await pressFillShortcut(session, page);
    await expectOathtoolCode(() => page.evaluate(() => navigator.clipboard.readText()), ALICE_SECRET, since, FILL_STEP);
    expect(await otpValue(frame)()).toBe('');
    expect(await seenEvents(frame)).toEqual([]);
    await page.close();
  });

  it('never fills a transparent or hidden field: the visible one gets the code', async () => {
    const page = await openSitePage(session, sites.main, 'decoy-fields.html');
    const popup = await openPopupOver(session, page);
    const since = nowSeconds();
    await fillFrom(popup, ALICE);
    await expectFilled(popup, sites.main);
    const code = await expectOathtoolCode(otpValue(page), ALICE_SECRET, since, FILL_STEP);
    expect(await page.locator('input[name="transparent"]').inputValue()).toBe('');
    expect(await page.locator('input[name="hidden"]').inputValue()).toBe('');
    expect(new Set((await seenEvents(page)).map((event) => `${event.name}=${event.value}`))).toEqual(new Set([`otp=${code}`]));
    await page.close();
  });

  it('copies the code instead when the only code field is a transparent trap', async () => {
    const page = await openSitePage(session, sites.main, 'clickjacking.html');
    const popup = await openPopupOver(session, page);
    await fillFrom(popup, ALICE);
    await expectNotice(popup, 'The code field cannot be seen: the code was copied instead.');
    expect(await page.locator('input[name="trap"]').inputValue()).toBe('');
    expect(await seenEvents(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('fills nothing into a field for a code sent by text message, and says why', async () => {
    const page = await openSitePage(session, sites.main, 'sms-code.html');
    const popup = await openPopupOver(session, page);
    await fillFrom(popup, ALICE);
    await expectNotice(popup, "This page asks for a code sent by text message or e-mail, not your authenticator's: the code was copied instead.");
    expect(await page.locator('#otp').inputValue()).toBe('');
    expect(await seenEvents(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('copies the code when the page has no code field', async () => {
    const page = await openSitePage(session, sites.main, 'no-code-field.html');
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sites.main });
    const popup = await openPopupOver(session, page);
    const since = nowSeconds();
    await fillFrom(popup, ALICE);
    await expectNotice(popup, 'No code field found: the code was copied.');
    await popup.close();
    await page.bringToFront();
    await expectOathtoolCode(() => page.evaluate(() => navigator.clipboard.readText()), ALICE_SECRET, since, FILL_STEP);
    await page.close();
  });

  it('lets the user pick in the popup when several accounts know the site of a keyboard fill', async () => {
    await setSites(session, BOB, [sites.other, sites.main]);
    const page = await openSitePage(session, sites.main, 'sign-in-code.html');
    await page.locator('#otp').focus();
    await pressFillShortcutForPopup(session, page);
    const popup = await openPopupOver(session, page);
    const waiting = popup.getByRole('region', { name: 'Fill a code' });
    await waiting.waitFor();
    expect(await waiting.getByText(`Fill a code into ${sites.main}`).count()).toBe(1);
    expect(await waiting.getByRole('button', { name: /^Fill code for / }).allTextContents()).toHaveLength(2);
    expect(await otpValue(page)()).toBe('');

    const since = nowSeconds();
    await waiting.getByRole('button', { name: `Fill code for ${BOB}` }).click();
    await expectFilled(popup, sites.main);
    await expectOathtoolCode(otpValue(page), BOB_SECRET, since, FILL_STEP);
    await page.close();
  });

  it('forgets a waiting keyboard fill when the user dismisses it', async () => {
    const page = await openSitePage(session, sites.main, 'sign-in-code.html');
    await pressFillShortcutForPopup(session, page);
    const popup = await openPopupOver(session, page);
    const waiting = popup.getByRole('region', { name: 'Fill a code' });
    await waiting.getByRole('button', { name: 'Dismiss' }).click();
    await waiting.waitFor({ state: 'detached' });
    await popup.close();
    const reopened = await openPopupOver(session, page);
    await reopened.getByRole('button', { name: `Fill code for ${ALICE}` }).waitFor();
    // The Fill buttons come with the popup's first answer about the page; a waiting fill comes with
    // another one. Asking the same after it means the popup has its answer when its absence is read.
    expect(await askWaitingFill(reopened)).toEqual({ ok: true, value: null });
    expect(await reopened.getByRole('region', { name: 'Fill a code' }).count()).toBe(0);
    expect(await otpValue(page)()).toBe('');
    await reopened.close();
    await page.close();
  });

  it('asks which account, then for a yes, when a keyboard fill comes from a site no account knows', async () => {
    // No host permission covers this site: the shortcut's own access (activeTab) is what lets the
    // extension in, and it lasts for the popup that finishes the fill.
    const page = await openSitePage(session, sites.unlisted, 'sign-in-code.html');
    await page.locator('#otp').focus();
    await pressFillShortcutForPopup(session, page);
    const popup = await openPopupOver(session, page);
    const waiting = popup.getByRole('region', { name: 'Fill a code' });
    await waiting.getByRole('button', { name: `Fill code for ${ALICE}` }).click();
    const question = waiting.getByRole('region', { name: 'Confirm fill' });
    await question.waitFor();
    expect(await question.getByRole('paragraph').allTextContents()).toContain(
      `${sites.unlisted} is not one of this account's sites: filling it remembers it.`,
    );
    expect(await otpValue(page)()).toBe('');

    const since = nowSeconds();
    await question.getByRole('button', { name: 'Fill anyway' }).click();
    await expectFilled(popup, sites.unlisted);
    await expectOathtoolCode(otpValue(page), ALICE_SECRET, since, FILL_STEP);
    expect(await sitesOf(session, ALICE_ROW)).toEqual([sites.main, sites.unlisted]);
    await page.close();
  });
});
