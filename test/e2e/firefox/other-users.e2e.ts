// Firefox, EMnify against the sandbox: the seeded administrator opens a colleague by id on the
// management page, revokes all of the colleague's trusted devices and deletes the MFA key; an id
// naming nobody says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { registerOtherBrowser } from '../support/options-page';
import { createSandboxUser, sandboxMfaKeys, sandboxTimeAfterStep, sandboxTrustedDevices, type CreatedUser } from '../support/sandbox-control';
import { SERVER_STEP_TIMEOUT } from '../support/server-timeouts';
import { openOptionsPage } from '../support/firefox/extension-pages';
import { byLabel, byRole, byText, statusNotice } from '../support/firefox/page-elements';
import { addServerProfile, logIn } from '../support/firefox/server-steps';
import { startFirefoxServerSuite, stopFirefoxServerSuite, type FirefoxServerSuite } from '../support/firefox/server-suite';

const PROFILE = 'Test sandbox';
const COLLEAGUE = { email: 'lost.phone.firefox@sandbox.test', password: 'lost-phone-firefox-password' };
/** Far above any id the sandbox hands out. */
const NOBODY = 987_654;

describe('Firefox, EMnify: an administrator manages a colleague by id', () => {
  let suite: FirefoxServerSuite;
  let page: Page;
  let colleague: CreatedUser;

  beforeAll(async () => {
    suite = await startFirefoxServerSuite('other users passphrase');
    const { url } = suite.sandbox;
    colleague = await createSandboxUser(url, { ...COLLEAGUE, mfa: true });
    if (!colleague.mfaSecret) throw new Error('The colleague has no MFA key.');
    let lastCodeAt = 0;
    for (const device of [{ operatingSystem: 'Android', browser: 'Chrome 150' }, { operatingSystem: 'Windows', browser: 'Firefox 140' }]) {
      lastCodeAt = await sandboxTimeAfterStep(url, lastCodeAt);
      await registerOtherBrowser(url, { ...COLLEAGUE, ...device, secret: colleague.mfaSecret }, lastCodeAt);
    }
    await addServerProfile(suite.popup, { kind: 'EMnify', name: PROFILE, baseUrl: url });
  });

  afterAll(() => stopFirefoxServerSuite(suite));

  async function openUser(typed: string): Promise<void> {
    await byLabel(page, 'User id').fill(typed);
    await byRole(page, 'button', 'Open user').click();
  }

  it("opens the colleague: their devices and key; revokes every device and deletes the key", async () => {
    const { adminUser } = suite.sandbox.demo;
    await logIn(suite.popup, adminUser.email, adminUser.password, PROFILE);
    page = await openOptionsPage(suite.session, 'other-users');
    await byRole(page, 'heading', 'Other users').waitFor();
    await openUser(String(colleague.id));
    const owner = `${COLLEAGUE.email} (id ${colleague.id}) on ${PROFILE}`;
    await byRole(page, 'heading', owner).waitFor(SERVER_STEP_TIMEOUT);
    const devices = byRole(page, 'table', `Trusted devices of ${owner}`);
    expect(await devices.role('row').count()).toBe(3); // the header row and the two devices

    await byRole(page, 'button', 'Revoke all devices').click();
    await byText(page, 'Revoke all 2 trusted devices?').waitFor();
    await byRole(page, 'button', 'Revoke all devices').click();
    await statusNotice(page, 'Every trusted device of this user is revoked.').waitFor(SERVER_STEP_TIMEOUT);
    await byText(page, 'No trusted devices.').waitFor();
    expect(await sandboxTrustedDevices(suite.sandbox.url, COLLEAGUE.email)).toEqual([]);

    const key = byRole(page, 'table', `MFA keys of ${owner}`).role('row').withText('Active');
    await key.role('button', 'Delete').click();
    await key.text(`${COLLEAGUE.email} will need to enrol again: this key's codes will no longer be accepted.`).waitFor();
    await key.role('button', 'Delete key').click();
    await statusNotice(page, 'The key is deleted.').waitFor(SERVER_STEP_TIMEOUT);
    await byText(page, 'No MFA keys.').waitFor();
    expect(await sandboxMfaKeys(suite.sandbox.url, COLLEAGUE.email)).toEqual([]);
  });

  it('an id that names nobody says there is no such user', async () => {
    await openUser(String(NOBODY));
    await byRole(page, 'alert').withText(`There is no user with the id ${NOBODY} on this server.`).waitFor(SERVER_STEP_TIMEOUT);
  });
});
