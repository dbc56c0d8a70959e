// Firefox, EMnify against the sandbox, for a user whose key was enrolled elsewhere (the server
// issued the seed, the vault got it by its otpauth link): the account is picked at the MFA step,
// remembered for the user, and the next login offers it in one click; the management page shows
// the tie and unties it. The one-click login itself is the Chromium suite's (it may wait for the
// next 30 s step); here it is offered, and cancelled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otpauthUri } from '../../sandbox/users';
import { openOptionsPage } from '../support/firefox/extension-pages';
import { byRole, byText, statusNotice } from '../support/firefox/page-elements';
import { addAccountFromLink } from '../support/firefox/popup-steps';
import { addServerProfile, logOut, loggedInText, submitPasswordLogin, twoStepVerification } from '../support/firefox/server-steps';
import { startFirefoxServerSuite, stopFirefoxServerSuite, type FirefoxServerSuite } from '../support/firefox/server-suite';
import { createSandboxUser } from '../support/sandbox-control';
import { SERVER_STEP_TIMEOUT } from '../support/server-timeouts';

const PROFILE = 'Pick sandbox';
const USER = { email: 'picker.firefox@sandbox.test', password: 'picker-firefox-password' };
const ACCOUNT = `EMnify Sandbox (${USER.email})`;

describe('Firefox, EMnify: a key enrolled elsewhere, picked at the MFA step and remembered', () => {
  let suite: FirefoxServerSuite;

  beforeAll(async () => {
    suite = await startFirefoxServerSuite('picked key passphrase');
    const user = await createSandboxUser(suite.sandbox.url, { ...USER, mfa: true });
    if (!user.mfaSecret) throw new Error('The sandbox issued no seed.');
    await addAccountFromLink(suite.popup, otpauthUri(USER.email, user.mfaSecret));
    await addServerProfile(suite.popup, { kind: 'EMnify', name: PROFILE, baseUrl: suite.sandbox.url });
  });

  afterAll(() => stopFirefoxServerSuite(suite));

  it('logs in with the picked account’s code, remembers it, and the next login offers it in one click', async () => {
    const { popup } = suite;
    await submitPasswordLogin(popup, USER.email, USER.password);
    await twoStepVerification(popup);
    const picker = byRole(popup, 'combobox', 'Use a code from');
    // Nothing is picked for the user, even the one account whose label is this user.
    expect(await picker.value()).toBe('');
    await picker.selectOption(ACCOUNT);
    await byRole(popup, 'button', 'Continue with its code').click();
    await loggedInText(popup, USER.email, PROFILE).waitFor(SERVER_STEP_TIMEOUT);

    await byRole(popup, 'group', `Use this key for ${USER.email} on ${PROFILE} next time?`).role('button', 'Remember').click();
    await statusNotice(popup, `Next time, the code comes from ${ACCOUNT} in one click.`).waitFor(SERVER_STEP_TIMEOUT);

    await logOut(popup);
    await submitPasswordLogin(popup, USER.email, USER.password);
    await twoStepVerification(popup);
    await byRole(popup, 'button', 'Continue with the code from this vault').waitFor();
    expect(await picker.count()).toBe(0);
    await byRole(popup, 'button', 'Cancel').click();
    await byRole(popup, 'button', 'Log in').waitFor(SERVER_STEP_TIMEOUT);
  });

  it('the management page shows whom the account logs in to, and Untie undoes it', async () => {
    const page = await openOptionsPage(suite.session, 'accounts');
    const row = byRole(page, 'row').holding('rowheader', `EMnify Sandbox ${USER.email}`);
    await row.text(`${USER.email} on ${PROFILE}`).waitFor(SERVER_STEP_TIMEOUT);
    // Untie is in the row's More actions menu; here it is worked from the keyboard: Enter opens the
    // menu on its first item (Reveal secret key…), the down arrow reaches Untie, Enter picks it.
    await (await row.role('button', `More actions for ${ACCOUNT}`).handle()).focus();
    await page.keyboard.press('Enter');
    await byRole(page, 'menuitem', 'Reveal secret key…').waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Untie from ${USER.email} on ${PROFILE}`);
    await page.keyboard.press('Enter');
    await byText(page, `${USER.email} on ${PROFILE}`).waitForGone();
    await row.role('cell', 'Nobody').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`More actions for ${ACCOUNT}`);

    // Untied in the vault: the MFA step offers the accounts to pick from again.
    const { popup } = suite;
    await popup.bringToFront();
    await submitPasswordLogin(popup, USER.email, USER.password);
    await twoStepVerification(popup);
    await byRole(popup, 'combobox', 'Use a code from').waitFor();
    await byRole(popup, 'button', 'Cancel').click();
    await page.close();
  });
});
