// Firefox, EMnify against the sandbox: enrolment of a TOTP key whose seed stays in the vault, from
// the logged-in Server tab to the key's codes in the Codes tab; and an enrolment left unfinished
// when the popup closed, finished from the next popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxUser, sandboxMfaKeys } from '../support/sandbox-control';
import { SERVER_STEP_TIMEOUT } from '../support/server-timeouts';
import { openPopup } from '../support/firefox/extension-pages';
import { byLabel, byRole } from '../support/firefox/page-elements';
import { expectCodeMatchesOathtool } from '../support/firefox/popup-steps';
import {
  accountRowName,
  activateWithVaultCode,
  addServerProfile,
  createMfaKey,
  logIn,
  logOut,
  unfinishedEnrolments,
} from '../support/firefox/server-steps';
import { startFirefoxServerSuite, stopFirefoxServerSuite, type FirefoxServerSuite } from '../support/firefox/server-suite';
import { waitUntil } from '../support/firefox/wait';

const PROFILE = 'Test sandbox';
const PASSWORD = 'enrolment-password';

describe('Firefox, EMnify: enrolment of a key whose seed is in the vault', () => {
  let suite: FirefoxServerSuite;

  beforeAll(async () => {
    suite = await startFirefoxServerSuite('enrolment passphrase');
    await addServerProfile(suite.popup, { kind: 'EMnify', name: PROFILE, baseUrl: suite.sandbox.url });
  });

  afterAll(() => stopFirefoxServerSuite(suite));

  it("enrols a TOTP key: the QR code and secret shown are the server's, and so are the codes", async () => {
    const { popup, sandbox } = suite;
    const email = 'enrol.firefox@sandbox.test';
    await createSandboxUser(sandbox.url, { email, password: PASSWORD });
    await logIn(popup, email, PASSWORD, PROFILE);
    expect(await sandboxMfaKeys(sandbox.url, email)).toEqual([]);

    await createMfaKey(popup, PASSWORD);
    await byRole(popup, 'button', 'Show QR code and secret').click();
    await byRole(popup, 'img', `QR code for ${email}`).waitFor();
    const pending = await sandboxMfaKeys(sandbox.url, email);
    expect(pending).toMatchObject([{ status: { id: 0 } }]);
    const shown = await byLabel(popup, 'Secret key').textContent();
    expect(shown.replaceAll(' ', '')).toBe(pending[0]?.secret);

    await activateWithVaultCode(popup);
    expect(await byRole(popup, 'tab', 'Codes').attribute('aria-selected')).toBe('true');
    const keys = await sandboxMfaKeys(sandbox.url, email);
    expect(keys).toHaveLength(1);
    expect(keys[0]?.status).toEqual({ id: 1, description: 'Active' });
    await expectCodeMatchesOathtool(popup, await accountRowName(popup, email), keys[0]?.secret ?? '');
    await logOut(popup);
  });

  it('offers an enrolment left when the popup closed in the next popup, and finishes it there', async () => {
    const { sandbox } = suite;
    const email = 'finish.later.firefox@sandbox.test';
    await createSandboxUser(sandbox.url, { email, password: PASSWORD });
    await logIn(suite.popup, email, PASSWORD, PROFILE);
    await createMfaKey(suite.popup, PASSWORD);
    await suite.popup.close();

    suite.popup = await openPopup(suite.session);
    const region = unfinishedEnrolments(suite.popup).withText(`The MFA key for ${email} on ${PROFILE} is not activated yet.`);
    await region.waitFor(SERVER_STEP_TIMEOUT);
    await region.role('button', 'Finish').click();
    await byRole(suite.popup, 'heading', 'Finish enrolment').waitFor();
    await activateWithVaultCode(suite.popup);

    const keys = await sandboxMfaKeys(sandbox.url, email);
    expect(keys.map((key) => key.status.id)).toEqual([1]);
    await waitUntil('no unfinished enrolment', () => unfinishedEnrolments(suite.popup).count(), (count) => count === 0);
    await expectCodeMatchesOathtool(suite.popup, await accountRowName(suite.popup, email), keys[0]?.secret ?? '');
    await logOut(suite.popup);
  });
});
