// Firefox, autofill from the popup's Fill button: the popup, in a window of its own over a web page,
// names an account whose sites include the page's; the background checks the site, injects the
// content script and the code lands in the page's field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startAutofillSites, type AutofillSites } from '../support/autofill-pages';
import { expectOathtoolCode, nowSeconds } from '../support/code-check';
import {
  expectFilled,
  fillFrom,
  openPopupOver,
  openSitePage,
  otpValue,
  seenEvents,
  setSites,
} from '../support/firefox/autofill-steps';
import { openPopup } from '../support/firefox/extension-pages';
import { launchFirefoxWithExtension, type FirefoxSession } from '../support/firefox/firefox-session';
import { byRole, byText, statusNotice } from '../support/firefox/page-elements';
import { addAccountFromLink, createVault } from '../support/firefox/popup-steps';
import { STEP_TIMEOUT, waitUntil } from '../support/firefox/wait';

const ALICE_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const BOB_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const ALICE = 'Example (alice)';
const BOB = 'Partner (bob)';

describe('Firefox autofill: the popup fills a code into the page', () => {
  let sites: AutofillSites;
  let session: FirefoxSession;
  /** A page of the extension kept open in a tab of its own, to open the popup windows from. */
  let extensionPage: Page;

  beforeAll(async () => {
    sites = await startAutofillSites();
    session = await launchFirefoxWithExtension();
    extensionPage = await openPopup(session);
    await createVault(extensionPage, 'autofill end to end passphrase');
    await addAccountFromLink(extensionPage, `otpauth://totp/Example:alice?secret=${ALICE_SECRET}&issuer=Example`);
    await addAccountFromLink(extensionPage, `otpauth://totp/Partner:bob?secret=${BOB_SECRET}&issuer=Partner`);
    // Alice's account knows the main site, as a user sets it on the management page.
    await setSites(session, ALICE, [sites.main]);
  });

  afterAll(async () => {
    await session?.dispose();
    await sites?.close();
  });

  it("fills the code from the popup's Fill button into the page's field, and the popup closes", async () => {
    const page = await openSitePage(session, sites.main, 'sign-in-code.html');
    const popup = await openPopupOver(session, page, extensionPage);
    await byText(popup, `1 account for ${sites.main}`).waitFor();
    expect(await byRole(popup, 'listitem', ALICE).text('For this site').count()).toBe(1);
    expect(await byRole(popup, 'listitem', BOB).text('For this site').count()).toBe(0);

    const since = nowSeconds();
    await fillFrom(popup, ALICE);
    await expectFilled(popup, sites.main);
    const code = await expectOathtoolCode(otpValue(page), ALICE_SECRET, since, { timeout: STEP_TIMEOUT });
    // Set the way frameworks notice: an input and a change event, each seeing the whole code.
    expect(await seenEvents(page)).toEqual([
      { type: 'input', name: 'otp', value: code, trusted: false },
      { type: 'change', name: 'otp', value: code, trusted: false },
    ]);
    await page.close();
  });

  it('asks before filling a page of another site, and Cancel leaves its field empty', async () => {
    const page = await openSitePage(session, sites.other, 'sign-in-code.html');
    const popup = await openPopupOver(session, page, extensionPage);
    await fillFrom(popup, ALICE);
    const question = byRole(popup, 'region', 'Confirm fill');
    await waitUntil('the question', () => question.role('paragraph').allTextContents(), (texts) => texts.length === 2).then(
      (texts) =>
        expect(texts).toEqual([
          `Fill the code for ${ALICE}?`,
          `${sites.other} is not one of this account's sites: filling it remembers it.`,
        ]),
    );
    await question.role('button', 'Cancel').click();
    await question.waitForGone();
    expect(await otpValue(page)()).toBe('');
    expect(await seenEvents(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('fills nothing into a field for a code sent by text message, and says why', async () => {
    const page = await openSitePage(session, sites.main, 'sms-code.html');
    const popup = await openPopupOver(session, page, extensionPage);
    await fillFrom(popup, ALICE);
    await statusNotice(popup, "This page asks for a code sent by text message or e-mail, not your authenticator's: the code was copied instead.").waitFor();
    expect(await otpValue(page)()).toBe('');
    expect(await seenEvents(page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
