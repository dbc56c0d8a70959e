// Firefox, EMnify against the sandbox: the sandbox (an address with a port) is added as a server,
// a login answers the code step from the vault and trusts this browser, the next login asks no
// code; the management page marks this browser among the trusted devices, revoking it there makes
// the next login ask for the code again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { createSandboxUser, sandboxTrustedDevices } from '../support/sandbox-control';
import { FRESH_CODE_TIMEOUT, SERVER_STEP_TIMEOUT } from '../support/server-timeouts';
import { openOptionsPage } from '../support/firefox/extension-pages';
import { grantedHosts, removeHostPermission } from '../support/firefox/host-permissions';
import { byRole, byText, statusNotice } from '../support/firefox/page-elements';
import {
  activateWithVaultCode,
  addServerProfile,
  createMfaKey,
  logIn,
  logOut,
  loggedInText,
  submitPasswordLogin,
  twoStepVerification,
} from '../support/firefox/server-steps';
import { startFirefoxServerSuite, stopFirefoxServerSuite, type FirefoxServerSuite } from '../support/firefox/server-suite';

const PROFILE = 'Test sandbox';
const USER = { email: 'trusted.firefox@sandbox.test', password: 'trusted-firefox-password' };
const SANDBOX_HOSTS = 'http://127.0.0.1/*';
/** How the extension names the system it runs on, from Firefox's user agent. */
const SYSTEM_NAMES: Partial<Record<NodeJS.Platform, string>> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };

describe('Firefox, EMnify: trust this browser, and revoke it from the management page', () => {
  let suite: FirefoxServerSuite;
  let devices: Page;

  beforeAll(async () => {
    suite = await startFirefoxServerSuite('trusted browser passphrase');
    await createSandboxUser(suite.sandbox.url, USER);
  });

  afterAll(() => stopFirefoxServerSuite(suite));

  it('adds the sandbox, an address with a port, asking Firefox for its host without the port', async () => {
    const { popup, sandbox } = suite;
    expect(new URL(sandbox.url).port).not.toBe('');
    // Taken back first, so that saving the server must ask for it (the user's click is the gesture).
    await removeHostPermission(popup, SANDBOX_HOSTS);
    expect(await grantedHosts(popup)).not.toContain(SANDBOX_HOSTS);
    await addServerProfile(popup, { kind: 'EMnify', name: PROFILE, baseUrl: sandbox.url });
    expect(await grantedHosts(popup)).toContain(SANDBOX_HOSTS);

    // The key the later logins are asked for: enrolled from this vault.
    await logIn(popup, USER.email, USER.password, PROFILE);
    await createMfaKey(popup, USER.password);
    await activateWithVaultCode(popup);
    await logOut(popup);
  });

  it('logs in with the code from this vault and trusts the browser; then no code is asked', async () => {
    const { popup, sandbox } = suite;
    await submitPasswordLogin(popup, USER.email, USER.password);
    await twoStepVerification(popup);
    await byText(popup, `Code needed for ${USER.email} on ${PROFILE}`).waitFor();
    await byRole(popup, 'checkbox', 'Trust this browser for 90 days').check();
    // The activation spent the current step's code: the background waits for the next step.
    await byRole(popup, 'button', 'Continue with the code from this vault').click();
    await loggedInText(popup, USER.email, PROFILE).waitFor(FRESH_CODE_TIMEOUT);
    // Said once the server's device list shows Firefox's registration.
    await byText(popup, /^This browser is trusted until /).waitFor();
    expect(await sandboxTrustedDevices(sandbox.url, USER.email)).toHaveLength(1);

    await logOut(popup);
    await logIn(popup, USER.email, USER.password, PROFILE);
    await byText(popup, /^No code was needed: this browser is trusted until /).waitFor();
    const trusted = await sandboxTrustedDevices(sandbox.url, USER.email);
    // Still exactly one: the login that skipped the code registered nothing new.
    expect(trusted).toHaveLength(1);
    expect(trusted[0]?.expired).toBe(false);
  });

  it('the management page marks this browser, as Firefox on its system, among the trusted devices', async () => {
    devices = await openOptionsPage(suite.session, 'devices');
    await byRole(devices, 'heading', 'Trusted devices').waitFor();
    const row = byRole(devices, 'row').withText('This browser');
    await row.waitFor(SERVER_STEP_TIMEOUT);
    expect(await byRole(devices, 'row').count()).toBe(2); // the header row and this browser's
    expect(await row.role('rowheader').textContent()).toBe(`${SYSTEM_NAMES[process.platform]} This browser`);
    expect(await row.role('cell').withText(/^Firefox \d+$/).count()).toBe(1);
    expect(await row.textContent()).toContain('expires in 90 days');
  });

  it('revoking this browser there removes it on the server, and the next login asks for the code', async () => {
    const { popup, sandbox } = suite;
    const row = byRole(devices, 'row').withText('This browser');
    await row.role('button', 'Revoke').click();
    await row.text('This browser will need a code at its next login.').waitFor();
    await row.role('button', 'Revoke device').click();
    await statusNotice(devices, 'This browser is no longer trusted: its next login will ask for a code.').waitFor(SERVER_STEP_TIMEOUT);
    await byText(devices, 'No trusted devices.').waitFor(SERVER_STEP_TIMEOUT);
    expect(await sandboxTrustedDevices(sandbox.url, USER.email)).toEqual([]);

    // Back to the popup, as the user would.
    await popup.bringToFront();
    await logOut(popup);
    await submitPasswordLogin(popup, USER.email, USER.password);
    await twoStepVerification(popup);
    await byText(popup, `Code needed for ${USER.email} on ${PROFILE}`).waitFor();
  });
});
