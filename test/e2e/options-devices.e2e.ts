// The management page's trusted devices against the sandbox: after a login that trusts this
// browser, the list marks it "This browser"; revoking another device removes that one only;
// revoking this browser removes it on the server, and the next login asks for a code again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { oathtoolTotp } from './support/oathtool';
import { expectRowCount, openOptionsPage, registerOtherBrowser, tableRow, tableRows } from './support/options-page';
import {
  TOTP_PERIOD_MS,
  createSandboxUser,
  sandboxMfaKeys,
  sandboxTimeAfterStep,
  sandboxTrustedDevices,
} from './support/sandbox-control';
import {
  SERVER_STEP_TIMEOUT,
  activateWithVaultCode,
  createMfaKey,
  logIn,
  logOut,
  loggedInText,
  statusNotice,
  submitPasswordLogin,
} from './support/server-popup';
import { startServerSuite, stopServerSuite, type ServerSuite } from './support/server-suite';

const PROFILE = 'Test sandbox';
const USER = { email: 'devices.page@sandbox.test', password: 'devices-page-password' };
const OTHER = { operatingSystem: 'Windows', browser: 'Firefox 140' };

describe('management page: trusted devices', () => {
  let suite: ServerSuite;
  let page: Page;
  /** A moment in the step whose code the server accepted last: a code sent next must come from a later step. */
  let lastCodeAt = 0;

  beforeAll(async () => {
    suite = await startServerSuite('devices page passphrase', [{ kind: 'EMnify', name: PROFILE }]);
    await createSandboxUser(suite.sandbox.url, USER);
  });

  afterAll(() => stopServerSuite(suite));

  async function twoStepHeading(): Promise<void> {
    await suite.popup.getByRole('heading', { name: 'Two-step verification', exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
  }

  it('after a login that trusts this browser, lists its device marked "This browser"', async () => {
    const { popup, sandbox } = suite;
    await logIn(popup, USER.email, USER.password, PROFILE);
    await createMfaKey(popup, USER.password);
    await activateWithVaultCode(popup);
    await logOut(popup);
    await submitPasswordLogin(popup, USER.email, USER.password);
    await twoStepHeading();
    await popup.getByRole('checkbox', { name: 'Trust this browser for 90 days', exact: true }).check();
    // The activation spent this step's code, and "the code from this vault" would wait up to 30 s
    // for the next step (server-login-mfa.e2e.ts goes that way). Typed, the next step's code is
    // one the server accepts (a step either side, §4) and has not seen.
    const [key] = await sandboxMfaKeys(sandbox.url, USER.email);
    if (!key) throw new Error('The user has no MFA key.');
    lastCodeAt = Date.now() + TOTP_PERIOD_MS;
    const code = oathtoolTotp(key.secret, Math.floor(lastCodeAt / 1000));
    await popup.getByRole('textbox', { name: 'One-time code', exact: true }).fill(code);
    await popup.getByRole('button', { name: 'Verify code', exact: true }).click();
    await loggedInText(popup, USER.email, PROFILE).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    expect(await sandboxTrustedDevices(sandbox.url, USER.email)).toHaveLength(1);

    page = await openOptionsPage(suite.session, 'devices');
    await page.getByRole('heading', { name: 'Trusted devices', exact: true }).waitFor();
    await tableRow(page, 'This browser').waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await expectRowCount(page, 1);
    expect(await tableRow(page, 'This browser').textContent()).toContain('expires in 90 days');
    for (const header of ['Operating system', 'Browser', 'Trusted since', 'Trusted until']) {
      await page.getByRole('columnheader', { name: header, exact: true }).waitFor();
    }
  });

  it('lists the key this vault enrolled on the MFA keys page', async () => {
    const keys = await openOptionsPage(suite.session, 'mfa-keys');
    const row = tableRow(keys, 'Active');
    await row.waitFor({ timeout: SERVER_STEP_TIMEOUT });
    expect(await row.textContent()).toContain(USER.email);
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await keys.getByText(/^The vault account .+ will stop working on Test sandbox; it stays in the vault\.$/).waitFor();
    await keys.getByRole('button', { name: 'Cancel', exact: true }).click();
    // Back from the question, the keyboard goes on from the button that asked it.
    await expect.poll(() => keys.evaluate(() => document.activeElement?.textContent)).toBe('Delete');
    expect(await sandboxMfaKeys(suite.sandbox.url, USER.email)).toHaveLength(1);
    await keys.close();
  });

  it('"Revoke" on another device removes that one only', async () => {
    const { sandbox } = suite;
    const [key] = await sandboxMfaKeys(sandbox.url, USER.email);
    if (!key) throw new Error('The user has no MFA key.');
    const serverNow = await sandboxTimeAfterStep(sandbox.url, lastCodeAt);
    const other = await registerOtherBrowser(sandbox.url, { ...USER, ...OTHER, secret: key.secret }, serverNow);
    const ownBefore = (await sandboxTrustedDevices(sandbox.url, USER.email)).filter((device) => device.fingerprint !== other);

    await page.reload();
    await expectRowCount(page, 2);
    // The list marks this browser's row; the other device's row, drawn with it, must not be.
    await tableRow(page, 'This browser').waitFor();
    const row = tableRow(page, OTHER.browser);
    expect(await row.textContent()).not.toContain('This browser');
    // Revoking cannot be taken back: the button and its confirmation are drawn in the danger colour.
    expect(await row.getByRole('button', { name: 'Revoke', exact: true }).getAttribute('class')).toBe('danger');
    await row.getByRole('button', { name: 'Revoke', exact: true }).click();
    await row.getByText('Revoke this device?', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: 'Revoke device', exact: true }).getAttribute('class')).toBe('danger');
    // Escape takes the question back, as it would close a dialog, and revokes nothing.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Revoke');
    expect(await row.getByText('Revoke this device?', { exact: true }).count()).toBe(0);
    await page.keyboard.press('Enter');
    await row.getByText('Revoke this device?', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Revoke device', exact: true }).click();
    await statusNotice(page, 'The device is no longer trusted.').waitFor({ timeout: SERVER_STEP_TIMEOUT });

    await expectRowCount(page, 1);
    await tableRow(page, 'This browser').waitFor();
    const after = await sandboxTrustedDevices(sandbox.url, USER.email);
    expect(after.map((device) => device.id)).toEqual(ownBefore.map((device) => device.id));
  });

  it('revoking this browser removes it on the server, and the next login asks for a code', async () => {
    const { popup, sandbox } = suite;
    const row = tableRow(page, 'This browser');
    await row.getByRole('button', { name: 'Revoke', exact: true }).click();
    await row.getByText('This browser will need a code at its next login.', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Revoke device', exact: true }).click();
    await page.getByText('No trusted devices.', { exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    expect(await tableRows(page).count()).toBe(0);
    expect(await sandboxTrustedDevices(sandbox.url, USER.email)).toEqual([]);

    // Back to the popup, as the user would: a page in a background tab gets no frames and its
    // timers about once a second, and each step below would wait on them.
    await popup.bringToFront();
    await logOut(popup);
    await submitPasswordLogin(popup, USER.email, USER.password);
    await twoStepHeading();
    await popup.getByText(`Code needed for ${USER.email} on ${PROFILE}`).waitFor();
  });
});
