// Firefox, a server whose access the user took away (the add-on's permissions in about:addons):
// the Server tab says so as soon as it happens, a login fails with the sentence that names the
// cause rather than the network, and "Allow access" asks Firefox again, within the click, after
// which the login goes through. The same while logged in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { createSandboxUser } from '../support/sandbox-control';
import { SERVER_STEP_TIMEOUT } from '../support/server-timeouts';
import { openOptionsPage } from '../support/firefox/extension-pages';
import { grantedHosts, removeHostPermission } from '../support/firefox/host-permissions';
import { byRole, byText } from '../support/firefox/page-elements';
import { addServerProfile, loggedInText, logIn, openServerTab, submitPasswordLogin } from '../support/firefox/server-steps';
import { startFirefoxServerSuite, stopFirefoxServerSuite, type FirefoxServerSuite } from '../support/firefox/server-suite';

const PROFILE = 'Test sandbox';
const USER = { email: 'access.firefox@sandbox.test', password: 'access-firefox-password' };
const SANDBOX_HOSTS = 'http://127.0.0.1/*';

describe('Firefox: a server the extension may no longer reach', () => {
  let suite: FirefoxServerSuite;
  /** Another page of the extension, standing for about:addons: the change is made outside the popup. */
  let elsewhere: Page;
  let host: string;

  beforeAll(async () => {
    suite = await startFirefoxServerSuite('host access passphrase');
    await createSandboxUser(suite.sandbox.url, USER);
    host = new URL(suite.sandbox.url).host;
    await addServerProfile(suite.popup, { kind: 'EMnify', name: PROFILE, baseUrl: suite.sandbox.url });
    elsewhere = await openOptionsPage(suite.session, 'settings');
  });

  afterAll(() => stopFirefoxServerSuite(suite));

  const missingAccess = () => byText(suite.popup, `The browser does not let the extension reach ${host}: logging in needs it.`);
  const allowAccess = () => byRole(suite.popup, 'button', 'Allow access');

  it('says so on the Server tab the moment access is taken away, and a login names the cause', async () => {
    const { popup } = suite;
    await openServerTab(popup);
    expect(await allowAccess().count()).toBe(0);

    await removeHostPermission(elsewhere, SANDBOX_HOSTS);
    await missingAccess().waitFor();

    await submitPasswordLogin(popup, USER.email, USER.password);
    await byText(popup, `The browser does not let the extension reach ${host}: choose “Allow access” on the Server tab.`).waitFor(
      SERVER_STEP_TIMEOUT,
    );
    expect(await loggedInText(popup, USER.email, PROFILE).count()).toBe(0);
  });

  it('"Allow access" asks Firefox again, and the login then goes through', async () => {
    const { popup } = suite;
    await allowAccess().click();
    await missingAccess().waitForGone();
    expect(await grantedHosts(popup)).toContain(SANDBOX_HOSTS);
    await logIn(popup, USER.email, USER.password, PROFILE);
  });

  it('while logged in too: the notice follows the permission, and access comes back from the click', async () => {
    const { popup } = suite;
    await removeHostPermission(elsewhere, SANDBOX_HOSTS);
    await missingAccess().waitFor();
    await loggedInText(popup, USER.email, PROFILE).waitFor();
    await allowAccess().click();
    await missingAccess().waitForGone();
    expect(await grantedHosts(elsewhere)).toContain(SANDBOX_HOSTS);
  });
});
