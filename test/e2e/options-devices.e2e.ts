// The management page's trusted devices against the sandbox: after a login that trusts this
// browser, the list marks it "This browser"; revoking another device removes that one only;
// revoking this browser removes it on the server, and the next login asks for a code again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectRowCount,
  openOptionsPage,
  registerOtherBrowser,
  tableRow,
  tableRows,
  waitForStepAfter,
} from './support/options-page';
import { createSandboxUser, sandboxMfaKeys, sandboxTrustedDevices } from './support/sandbox-control';
import {
  FRESH_CODE_TIMEOUT,
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
  /** When the trusted login ended: a code sent from Node must come from a later step. */
  let trustedLoginAt = 0;

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
    await popup.getByRole('button', { name: 'Continue with the code from this vault', exact: true }).click();
    await loggedInText(popup, USER.email, PROFILE).waitFor({ timeout: FRESH_CODE_TIMEOUT });
    trustedLoginAt = Date.now();
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
    await waitForStepAfter(trustedLoginAt);
    const other = await registerOtherBrowser(sandbox.url, { ...USER, ...OTHER, secret: key.secret });
    const ownBefore = (await sandboxTrustedDevices(sandbox.url, USER.email)).filter((device) => device.fingerprint !== other);

    await page.reload();
    await expectRowCount(page, 2);
    const row = tableRow(page, OTHER.browser);
    expect(await row.textContent()).not.toContain('This browser');
    await row.getByRole('button', { name: 'Revoke', exact: true }).click();
    await row.getByText('Revoke this device?', { exact: true }).waitFor();
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

    await logOut(popup);
    await submitPasswordLogin(popup, USER.email, USER.password);
    await twoStepHeading();
    await popup.getByText(`Code needed for ${USER.email} on ${PROFILE}`).waitFor();
  });
});
