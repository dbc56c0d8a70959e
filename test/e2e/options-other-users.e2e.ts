// The management page's Other users section against the sandbox, as an administrator uses it for
// a colleague who lost a phone: open the colleague by id, revoke one trusted device, then all of
// them, delete the MFA key after its warning, and check what the server really holds. A user who
// is no administrator gets the 403 sentence, an id naming nobody the 404 sentence, and logging out
// closes the colleague on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openOptionsPage, registerOtherBrowser } from './support/options-page';
import { createSandboxUser, sandboxMfaKeys, sandboxTimeAfterStep, sandboxTrustedDevices, type CreatedUser } from './support/sandbox-control';
import { SERVER_STEP_TIMEOUT, logIn, logOut, statusNotice } from './support/server-popup';
import { startServerSuite, stopServerSuite, type ServerSuite } from './support/server-suite';

const PROFILE = 'Test sandbox';
const ADMIN = { email: 'it.admin@sandbox.test', password: 'it-admin-password' };
const COLLEAGUE = { email: 'lost.phone@sandbox.test', password: 'lost-phone-password' };
const COLLEAGUE_DEVICES = [
  { operatingSystem: 'Android', browser: 'Chrome 150' },
  { operatingSystem: 'Windows', browser: 'Firefox 140' },
  { operatingSystem: 'macOS', browser: 'Safari 18' },
];
/** Far above any id the sandbox hands out. */
const NOBODY = 987_654;

describe('management page: other users', () => {
  let suite: ServerSuite;
  let page: Page;
  let colleague: CreatedUser & { mfaSecret: string };
  let owner: string;

  beforeAll(async () => {
    suite = await startServerSuite('other users passphrase', [{ kind: 'EMnify', name: PROFILE }]);
    const { url } = suite.sandbox;
    await createSandboxUser(url, { ...ADMIN, admin: true });
    const created = await createSandboxUser(url, { ...COLLEAGUE, mfa: true });
    if (!created.mfaSecret) throw new Error('The colleague has no MFA key.');
    colleague = { ...created, mfaSecret: created.mfaSecret };
    owner = `${COLLEAGUE.email} (id ${colleague.id}) on ${PROFILE}`;
    // The colleague's browsers, each trusted with a code of a step the server has not seen yet.
    let lastCodeAt = 0;
    for (const device of COLLEAGUE_DEVICES) {
      lastCodeAt = await sandboxTimeAfterStep(url, lastCodeAt);
      await registerOtherBrowser(url, { ...COLLEAGUE, ...device, secret: colleague.mfaSecret }, lastCodeAt);
    }
  });

  afterAll(() => stopServerSuite(suite));

  function devicesTable(): Locator {
    return page.getByRole('table', { name: `Trusted devices of ${owner}`, exact: true });
  }

  function keysTable(): Locator {
    return page.getByRole('table', { name: `MFA keys of ${owner}`, exact: true });
  }

  async function openUser(typed: string): Promise<void> {
    await page.getByRole('textbox', { name: 'User id', exact: true }).fill(typed);
    await page.getByRole('button', { name: 'Open user', exact: true }).click();
  }

  it("an administrator opens a colleague by id: their trusted devices and MFA key", async () => {
    await logIn(suite.popup, ADMIN.email, ADMIN.password, PROFILE);
    page = await openOptionsPage(suite.session, 'other-users');
    await page.getByRole('heading', { name: 'Other users', exact: true }).waitFor();
    await openUser(String(colleague.id));
    await page.getByRole('heading', { name: owner, exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    // The colleague's name is where the keyboard goes on from.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(owner);
    await expect.poll(() => devicesTable().locator('tbody tr').count()).toBe(3);
    for (const { operatingSystem, browser } of COLLEAGUE_DEVICES) {
      expect(await devicesTable().getByRole('row').filter({ hasText: operatingSystem }).textContent()).toContain(browser);
    }
    expect(await devicesTable().textContent()).not.toContain('This browser');
    expect(await keysTable().locator('tbody tr').textContent()).toContain('Active');
  });

  it('revokes one of the colleague\'s devices', async () => {
    const row = devicesTable().getByRole('row').filter({ hasText: 'Android' });
    await row.getByRole('button', { name: 'Revoke', exact: true }).click();
    await row.getByText('It will need a code at its next login.', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Revoke device', exact: true }).click();
    await statusNotice(page, 'The device is no longer trusted.').waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await expect.poll(() => devicesTable().locator('tbody tr').count()).toBe(2);
    expect(await devicesTable().textContent()).not.toContain('Android');
    expect(await sandboxTrustedDevices(suite.sandbox.url, COLLEAGUE.email)).toHaveLength(2);
  });

  it('revokes all of them', async () => {
    await page.getByRole('button', { name: 'Revoke all devices', exact: true }).click();
    await page.getByText('Revoke all 2 trusted devices?', { exact: true }).waitFor();
    await page.getByText('Each will need a code at its next login.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Revoke all devices', exact: true }).click();
    await statusNotice(page, 'Every trusted device of this user is revoked.').waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await page.getByText('No trusted devices.', { exact: true }).waitFor();
    expect(await sandboxTrustedDevices(suite.sandbox.url, COLLEAGUE.email)).toEqual([]);
  });

  it('deletes the MFA key after warning that the colleague will need to enrol again', async () => {
    const row = keysTable().getByRole('row').filter({ hasText: 'Active' });
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await row.getByText('Delete this key?', { exact: true }).waitFor();
    await row.getByText(`${COLLEAGUE.email} will need to enrol again: this key's codes will no longer be accepted.`, { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Delete key', exact: true }).click();
    await statusNotice(page, 'The key is deleted.').waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await page.getByText('No MFA keys.', { exact: true }).waitFor();
    expect(await sandboxMfaKeys(suite.sandbox.url, COLLEAGUE.email)).toEqual([]);
  });

  it('an id that is no whole number is refused on the page; one that names nobody says so', async () => {
    await openUser('12a');
    await page.getByRole('alert').filter({ hasText: "Type the user's id as a whole number from 1 upwards, such as 1002." }).waitFor();
    await openUser(String(NOBODY));
    await page.getByRole('alert').filter({ hasText: `There is no user with the id ${NOBODY} on this server.` }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    // The colleague opened before is gone as soon as another id is asked for.
    expect(await page.getByRole('heading', { name: owner, exact: true }).count()).toBe(0);
  });

  it('logging out closes the user on the page; a user who is no administrator gets one sentence', async () => {
    await openUser(String(colleague.id));
    await page.getByRole('heading', { name: owner, exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await suite.popup.bringToFront();
    await logOut(suite.popup);
    await page.bringToFront();
    await statusNotice(page, 'The server login changed, so the user was closed: open the user again.').waitFor({ timeout: SERVER_STEP_TIMEOUT });
    expect(await page.getByRole('heading', { name: owner, exact: true }).count()).toBe(0);

    const { plainUser } = suite.sandbox.demo;
    await suite.popup.bringToFront();
    await logIn(suite.popup, plainUser.email, plainUser.password, PROFILE);
    await page.bringToFront();
    await openUser(String(colleague.id));
    await page.getByRole('alert').filter({ hasText: 'This account may not manage other users.' }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    expect(await page.getByRole('table').count()).toBe(0);
  });
});
