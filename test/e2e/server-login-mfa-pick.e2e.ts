// EMnify against the sandbox, for a user whose key was enrolled elsewhere: the server issued the
// seed (as to a phone), the vault got it by its otpauth link, and the MFA step offers the vault's
// accounts to pick from. After the server accepted the picked account's code, Remember ties it to
// the user, the next login is one click, and the management page shows the tie and unties it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { otpauthUri } from '../sandbox/users';
import { chooseFromMenu } from './support/accounts-page';
import { openOptionsPage } from './support/options-page';
import { createSandboxUser } from './support/sandbox-control';
import {
  FRESH_CODE_TIMEOUT,
  SERVER_STEP_TIMEOUT,
  logOut,
  loggedInText,
  openCodesTab,
  statusNotice,
  submitPasswordLogin,
} from './support/server-popup';
import { startServerSuite, stopServerSuite, type ServerSuite } from './support/server-suite';
import { inDocumentOrder } from './support/dom-order';

const PROFILE = 'Pick sandbox';
const USER = { email: 'picker@sandbox.test', password: 'picker-password' };
/** How the vault names the account the sandbox's otpauth link describes. */
const ACCOUNT = `EMnify Sandbox (${USER.email})`;

async function addByLink(popup: Page, uri: string): Promise<void> {
  await openCodesTab(popup);
  await popup.getByRole('button', { name: 'Add account' }).click();
  await popup.getByLabel('otpauth:// link').fill(uri);
  await popup.getByRole('button', { name: 'Add', exact: true }).click();
  await popup.getByRole('heading', { name: 'Codes' }).waitFor();
}

async function atTheCodeStep(popup: Page): Promise<void> {
  await submitPasswordLogin(popup, USER.email, USER.password);
  await popup.getByRole('heading', { name: 'Two-step verification', exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
}

describe('EMnify: a key enrolled elsewhere, picked at the MFA step and remembered', () => {
  let suite: ServerSuite;

  beforeAll(async () => {
    suite = await startServerSuite('server pick passphrase', [{ kind: 'EMnify', name: PROFILE }]);
    const user = await createSandboxUser(suite.sandbox.url, { ...USER, mfa: true });
    if (!user.mfaSecret) throw new Error('The sandbox issued no seed.');
    // Another account first, so the pick is a choice among several.
    await addByLink(suite.popup, 'otpauth://totp/Bank:carol?secret=JBSWY3DPEHPK3PXP&issuer=Bank');
    await addByLink(suite.popup, otpauthUri(USER.email, user.mfaSecret));
  });

  afterAll(() => stopServerSuite(suite));

  it('offers the vault’s accounts, the likely one first but not chosen, and logs in with the picked one', async () => {
    const { popup } = suite;
    await atTheCodeStep(popup);
    expect(await popup.getByRole('button', { name: 'Continue with the code from this vault', exact: true }).count()).toBe(0);
    const picker = popup.getByRole('combobox', { name: 'Use a code from', exact: true });
    // A hint only: the user's label names this user, yet nothing is picked for them.
    expect(await picker.inputValue()).toBe('');
    // The likely one first, though it was added last.
    expect(await picker.getByRole('option').allTextContents()).toEqual(['Choose an account…', ACCOUNT, 'Bank (carol)']);
    const groups = await picker.locator('optgroup').evaluateAll((all) => all.map((group) => [group.getAttribute('label'), group.textContent]));
    expect(groups).toEqual([
      ['Likely for this user', ACCOUNT],
      ['Other accounts', 'Bank (carol)'],
    ]);

    // The choices come before the buttons that act on them.
    const trust = popup.getByRole('checkbox', { name: 'Trust this browser for 90 days', exact: true });
    const continueButton = popup.getByRole('button', { name: 'Continue with its code', exact: true });
    const verify = popup.getByRole('button', { name: 'Verify code', exact: true });
    expect(await inDocumentOrder(picker, trust, continueButton, verify)).toBe(true);

    await picker.selectOption({ label: ACCOUNT });
    await continueButton.click();
    await loggedInText(popup, USER.email, PROFILE).waitFor({ timeout: FRESH_CODE_TIMEOUT });
  });

  it('remembers the account for this user, and the next login is one click', async () => {
    const { popup } = suite;
    const offer = popup.getByRole('group', { name: `Use this key for ${USER.email} on ${PROFILE} next time?` });
    await offer.getByRole('button', { name: 'Remember', exact: true }).click();
    await statusNotice(popup, `Next time, the code comes from ${ACCOUNT} in one click.`).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    expect(await offer.count()).toBe(0);

    await logOut(popup);
    await atTheCodeStep(popup);
    await popup.getByText(`This vault holds the key “EMnify Sandbox” for this user.`).waitFor();
    expect(await popup.getByRole('combobox', { name: 'Use a code from', exact: true }).count()).toBe(0);
    // The first login spent this step's code: the background waits for the next one.
    await popup.getByRole('button', { name: 'Continue with the code from this vault', exact: true }).click();
    await loggedInText(popup, USER.email, PROFILE).waitFor({ timeout: FRESH_CODE_TIMEOUT });
    // Already tied: nothing to remember this time.
    expect(await popup.getByRole('button', { name: 'Remember', exact: true }).count()).toBe(0);
    await logOut(popup);
  });

  it('the management page shows whom the account logs in to, and Untie undoes it', async () => {
    const page = await openOptionsPage(suite.session, 'accounts');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `EMnify Sandbox ${USER.email}` }) });
    await row.getByText(`${USER.email} on ${PROFILE}`).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    const bank = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Bank carol' }) });
    expect(await bank.getByRole('cell', { name: /^Nobody/ }).count()).toBe(1);

    await chooseFromMenu(page, ACCOUNT, `Untie from ${USER.email} on ${PROFILE}`);
    await row.getByRole('cell', { name: 'Nobody', exact: true }).waitFor();
    expect(await row.getByText(`${USER.email} on ${PROFILE}`).count()).toBe(0);
    // The focus stays on the row: on its menu's button, whose menu now offers Tie… in place of Untie.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`More actions for ${ACCOUNT}`);

    // Untied in the vault too: the MFA step offers the accounts to pick from again.
    const { popup } = suite;
    await popup.bringToFront();
    await atTheCodeStep(popup);
    await popup.getByRole('combobox', { name: 'Use a code from', exact: true }).waitFor();
    await popup.getByRole('button', { name: 'Cancel', exact: true }).click();

    // Tie it again from the page, by server and user.
    await page.bringToFront();
    await chooseFromMenu(page, ACCOUNT, 'Tie to a server user…');
    const form = page.getByRole('form', { name: `Tie ${ACCOUNT} to a server user` });
    await form.getByRole('combobox', { name: 'Server', exact: true }).selectOption({ label: PROFILE });
    await form.getByRole('textbox', { name: 'User (e-mail address)', exact: true }).fill(USER.email);
    await form.getByRole('button', { name: 'Tie', exact: true }).click();
    await row.getByText(`${USER.email} on ${PROFILE}`).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await page.close();
  });
});
