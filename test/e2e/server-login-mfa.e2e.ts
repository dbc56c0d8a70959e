// EMnify against the sandbox: log in, enrol a TOTP key whose seed stays in the vault, log in
// again with that key's code while trusting this browser, then log in without a code. A server that
// ignores the request to trust this browser is not said to trust it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCodeMatchesOathtool } from './support/codes';
import { oathtoolTotp } from './support/oathtool';
import {
  createSandboxUser,
  ignoreTrustedDevice,
  sandboxClock,
  sandboxMfaKeys,
  sandboxTrustedDevices,
} from './support/sandbox-control';
import {
  FRESH_CODE_TIMEOUT,
  SERVER_STEP_TIMEOUT,
  accountRowName,
  activateWithVaultCode,
  createMfaKey,
  logIn,
  logOut,
  loggedInText,
  submitPasswordLogin,
} from './support/server-popup';
import { startServerSuite, stopServerSuite, type ServerSuite } from './support/server-suite';
import { inDocumentOrder } from './support/dom-order';

const PROFILE = 'Test sandbox';
// The sandbox's seeded user without MFA (README "Sandbox API").
const USER = { email: 'demo@sandbox.test', password: 'demo-password' };

describe('EMnify: enrolment, login with the vault code, trusted browser', () => {
  let suite: ServerSuite;

  beforeAll(async () => {
    suite = await startServerSuite('server login passphrase', [{ kind: 'EMnify', name: PROFILE }]);
  });

  afterAll(() => stopServerSuite(suite));

  it('enrols a TOTP key whose codes are the server\'s, from the Codes tab', async () => {
    const { popup, sandbox } = suite;
    await logIn(popup, USER.email, USER.password, PROFILE);
    expect(await sandboxMfaKeys(sandbox.url, USER.email)).toEqual([]);

    await createMfaKey(popup, USER.password);
    // For a phone as well: the QR code and the secret the server issued, shown on request.
    await popup.getByRole('button', { name: 'Show QR code and secret', exact: true }).click();
    await popup.getByRole('img', { name: `QR code for ${USER.email}`, exact: true }).waitFor();
    const pending = await sandboxMfaKeys(sandbox.url, USER.email);
    const shown = await popup.getByLabel('Secret key', { exact: true }).textContent();
    expect(shown?.replaceAll(' ', '')).toBe(pending[0]?.secret);
    await activateWithVaultCode(popup);
    expect(await popup.getByRole('tab', { name: 'Codes', exact: true }).getAttribute('aria-selected')).toBe('true');

    const keys = await sandboxMfaKeys(sandbox.url, USER.email);
    expect(keys).toHaveLength(1);
    expect(keys[0]?.status).toEqual({ id: 1, description: 'Active' });
    const name = await accountRowName(popup, USER.email);
    await expectCodeMatchesOathtool(popup, name, keys[0]?.secret ?? '');
  });

  it('logs in again with the code from this vault and trusts the browser; then no code is asked', async () => {
    const { popup, sandbox } = suite;
    await logOut(popup);
    await submitPasswordLogin(popup, USER.email, USER.password);
    await popup.getByRole('heading', { name: 'Two-step verification', exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await popup.getByText(`Code needed for ${USER.email} on ${PROFILE}`).waitFor();
    const trust = popup.getByRole('checkbox', { name: 'Trust this browser for 90 days', exact: true });
    const oneClick = popup.getByRole('button', { name: 'Continue with the code from this vault', exact: true });
    // The choice comes before the buttons it applies to: clicking through first cannot skip it.
    expect(await inDocumentOrder(trust, oneClick, popup.getByRole('button', { name: 'Verify code', exact: true }))).toBe(true);
    await trust.check();
    // The activation spent the current step's code: the background waits for the next step.
    await oneClick.click();
    await loggedInText(popup, USER.email, PROFILE).waitFor({ timeout: FRESH_CODE_TIMEOUT });
    // Said once the server's device list shows the registration.
    await popup.getByText(/^This browser is trusted until /).waitFor();
    expect(await sandboxTrustedDevices(sandbox.url, USER.email)).toHaveLength(1);

    await logOut(popup);
    await logIn(popup, USER.email, USER.password, PROFILE);
    await popup.getByText(/^No code was needed: this browser is trusted until /).waitFor();
    const devices = await sandboxTrustedDevices(sandbox.url, USER.email);
    // Still exactly one: the login that skipped the code registered nothing new.
    expect(devices).toHaveLength(1);
    expect(devices[0]?.expired).toBe(false);
    await logOut(popup);
  });

  it('says so when the server does not register this browser, and the next login asks for a code', async () => {
    const { popup, sandbox } = suite;
    const other = { email: 'not.registered@sandbox.test', password: 'not-registered-password' };
    const { mfaSecret } = await createSandboxUser(sandbox.url, { ...other, mfa: true });
    if (!mfaSecret) throw new Error('The sandbox issued no seed.');
    await ignoreTrustedDevice(sandbox.url, other.email);

    await submitPasswordLogin(popup, other.email, other.password);
    await popup.getByRole('heading', { name: 'Two-step verification', exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await popup.getByRole('checkbox', { name: 'Trust this browser for 90 days', exact: true }).check();
    const serverNow = (await sandboxClock(sandbox.url)).nowMs;
    await popup.getByRole('textbox', { name: 'One-time code', exact: true }).fill(oathtoolTotp(mfaSecret, Math.floor(serverNow / 1000)));
    await popup.getByRole('button', { name: 'Verify code', exact: true }).click();
    await loggedInText(popup, other.email, PROFILE).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await popup.getByText('The server does not trust this browser: it will ask for a code next time.', { exact: true }).waitFor();
    expect(await popup.getByText(/trusted until/).count()).toBe(0);
    expect(await sandboxTrustedDevices(sandbox.url, other.email)).toEqual([]);

    await logOut(popup);
    await submitPasswordLogin(popup, other.email, other.password);
    await popup.getByRole('heading', { name: 'Two-step verification', exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await popup.getByRole('button', { name: 'Cancel', exact: true }).click();
  });
});
