// Firefox, first run: the vault is created, an account added from an otpauth:// link shows
// oathtool's code, copying it puts it in the clipboard until the delay set in Settings (Firefox's
// background page writes and clears the clipboard itself), and the code is back after a lock and
// an unlock.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { encodeBase32 } from '../../../lib/otp';
import { filesContaining } from '../support/profile-scan';
import { openOptionsPage, openPopup } from '../support/firefox/extension-pages';
import { launchFirefoxWithExtension, type FirefoxSession } from '../support/firefox/firefox-session';
import { byLabel, byRole, byText, statusNotice } from '../support/firefox/page-elements';
import { addAccountFromLink, clipboardText, createVault, expectCodeMatchesOathtool } from '../support/firefox/popup-steps';
import { waitUntil } from '../support/firefox/wait';

const PASSPHRASE = 'correct horse battery staple';
const SECRET = randomBytes(20);
const SECRET_BASE32 = encodeBase32(SECRET);
const ACCOUNT = 'Example Corp (alice@example.com)';
const URI = `otpauth://totp/Example%20Corp:alice%40example.com?secret=${SECRET_BASE32}&issuer=Example%20Corp`;
/** Long enough that a slow machine still reads the copied code before it is cleared. */
const CLEAR_SECONDS = 6;

describe('Firefox popup: vault and codes', () => {
  let session: FirefoxSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchFirefoxWithExtension();
    popup = await openPopup(session);
  });

  afterAll(() => session?.dispose());

  it('creates the vault on first run', async () => {
    await createVault(popup, PASSPHRASE);
    await byText(popup, 'No accounts yet').waitFor();
  });

  it('adds an account from an otpauth link and shows the code oathtool computes', async () => {
    await addAccountFromLink(popup, URI);
    await byRole(popup, 'listitem', ACCOUNT).waitFor();
    await expectCodeMatchesOathtool(popup, ACCOUNT, SECRET_BASE32);
  });

  it('copies the code, and empties the clipboard after the delay chosen in Settings', async () => {
    const settings = await openOptionsPage(session, 'settings');
    await byLabel(settings, 'Clear copied codes after (seconds)').fill(String(CLEAR_SECONDS));
    await byRole(settings, 'button', 'Save settings').click();
    await statusNotice(settings, 'Settings saved.').waitFor();
    await settings.close();

    await popup.bringToFront();
    const shown = () => byRole(popup, 'status', `Code for ${ACCOUNT}`).textContent();
    // The code on screen changes with its period: read on both sides of the copy.
    const before = (await shown()).replace(/\s/g, '');
    await byRole(popup, 'button', `Copy code for ${ACCOUNT}`).click();
    await statusNotice(popup, `Copied the code for ${ACCOUNT} — the clipboard clears in ${CLEAR_SECONDS} s.`).waitFor();
    const after = (await shown()).replace(/\s/g, '');
    expect([before, after]).toContain(await clipboardText(popup));
    await waitUntil('the clipboard to be emptied', () => clipboardText(popup), (text) => text === '', 4 * CLEAR_SECONDS * 1000);
  });

  it('names the header\'s icon buttons, and pins an account from the keyboard; the next opening lists it first', async () => {
    for (const label of ['Add account', 'Scan QR code', 'Manage…', 'Lock']) expect(await byRole(popup, 'button', label).count()).toBe(1);
    expect(await byRole(popup, 'link', 'Settings').count()).toBe(1);
    await addAccountFromLink(popup, 'otpauth://totp/Bank:carol?secret=JBSWY3DPEHPK3PXP&issuer=Bank');
    const rows = (page: Page) => page.evaluate(() => [...document.querySelectorAll('li[aria-label]')].map((row) => row.getAttribute('aria-label')));
    await waitUntil('both rows', () => rows(popup), (names) => names.length === 2);
    expect(await rows(popup)).toEqual([ACCOUNT, 'Bank (carol)']);

    await (await byRole(popup, 'button', 'Pin Bank (carol)').handle()).focus();
    await popup.keyboard.press('Enter');
    await waitUntil('the pinned row first', () => rows(popup), (names) => names[0] === 'Bank (carol)');
    await byRole(popup, 'button', 'Unpin Bank (carol)').waitFor();

    const again = await openPopup(session);
    await byRole(again, 'listitem', ACCOUNT).waitFor();
    expect(await rows(again)).toEqual(['Bank (carol)', ACCOUNT]);
    await again.close();
    await popup.bringToFront();
  });

  it('lock hides the code; a wrong passphrase is refused; unlock brings the same code back', async () => {
    await byRole(popup, 'button', 'Lock').click();
    await byRole(popup, 'heading', 'Unlock your vault').waitFor();
    expect(await byRole(popup, 'status', `Code for ${ACCOUNT}`).count()).toBe(0);
    expect(await byText(popup, 'alice@example.com').count()).toBe(0);

    await byLabel(popup, 'Vault passphrase').fill('not the passphrase');
    await byRole(popup, 'button', 'Unlock').click();
    await waitUntil('the refusal', () => byRole(popup, 'alert').textContent(), (text) => text === 'That passphrase is not right.');

    await byLabel(popup, 'Vault passphrase').fill(PASSPHRASE);
    await byRole(popup, 'button', 'Unlock').click();
    await byRole(popup, 'listitem', ACCOUNT).waitFor();
    await expectCodeMatchesOathtool(popup, ACCOUNT, SECRET_BASE32);
  });

  it('never writes the seed to the Firefox profile, as text or bytes', async () => {
    await session.close();
    const needles = [SECRET_BASE32, SECRET_BASE32.toLowerCase(), SECRET.toString('base64'), SECRET.toString('hex')]
      .map((text) => Buffer.from(text))
      .concat(SECRET);
    expect(filesContaining(session.profileDir, needles)).toEqual([]);
    // The scan does read the profile: the add-on's id is in it, in plain text.
    expect(filesContaining(session.profileDir, [Buffer.from(session.addonId)])).not.toEqual([]);
  });
});
