// EMnify account flows against the sandbox: activating a new account, and changing the password,
// after which the server no longer accepts the auth token the extension held.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldAuthTokens } from './support/held-tokens';
import { bearerStatus, createSandboxUser } from './support/sandbox-control';
import {
  SERVER_STEP_TIMEOUT,
  logIn,
  logOut,
  openServerTab,
  passwordInput,
  selectServer,
  statusNotice,
  submitButton,
} from './support/server-popup';
import { startServerSuite, stopServerSuite, type ServerSuite } from './support/server-suite';

const PROFILE = 'Test sandbox';

describe('EMnify: account activation and password change', () => {
  let suite: ServerSuite;

  beforeAll(async () => {
    suite = await startServerSuite('account flows passphrase', [{ kind: 'EMnify', name: PROFILE }]);
  });

  afterAll(() => stopServerSuite(suite));

  it('activates an account with the e-mailed key; the new password then logs in', async () => {
    const { popup, sandbox } = suite;
    const email = 'new.user@sandbox.test';
    const user = await createSandboxUser(sandbox.url, { email, password: 'never-used', activated: false });
    expect(user.activationKey).toEqual(expect.any(String));

    await selectServer(popup, PROFILE);
    await popup.getByRole('button', { name: 'Activate account', exact: true }).click();
    await popup.getByRole('heading', { name: 'Activate account', exact: true }).waitFor();
    const keyField = popup.getByRole('textbox', { name: 'Activation key', exact: true });
    await keyField.fill(user.activationKey ?? '');
    await passwordInput(popup, 'New password').fill('activated-password');
    await passwordInput(popup, 'Repeat new password').fill('activated-password');
    await (await submitButton(popup, keyField, 'Activate account')).click();
    await statusNotice(popup, 'Account activated. You can log in now.').waitFor({ timeout: SERVER_STEP_TIMEOUT });

    await logIn(popup, email, 'activated-password', PROFILE);
    await logOut(popup);
  });

  it('changes the password: logged out with a notice, the old token refused, the new password works', async () => {
    const { popup, sandbox, session } = suite;
    const email = 'change.me@sandbox.test';
    await createSandboxUser(sandbox.url, { email, password: 'old-password' });
    await logIn(popup, email, 'old-password', PROFILE);

    // What the background holds right now, and proof that the server accepts it.
    const held = await heldAuthTokens(session.context);
    const accepted: string[] = [];
    for (const token of held) if ((await bearerStatus(sandbox.url, token)) === 200) accepted.push(token);
    expect(accepted.length).toBeGreaterThan(0);

    await openServerTab(popup);
    await popup.getByRole('button', { name: 'Change password', exact: true }).click();
    const current = passwordInput(popup, 'Current password');
    await current.fill('old-password');
    await passwordInput(popup, 'New password').fill('new-password');
    await passwordInput(popup, 'Repeat new password').fill('new-password');
    await (await submitButton(popup, current, 'Change password')).click();
    await statusNotice(popup, 'Password changed. Log in with your new password.').waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await popup.getByRole('button', { name: 'Log in', exact: true }).waitFor();

    for (const token of accepted) expect(await bearerStatus(sandbox.url, token)).toBe(401);
    await logIn(popup, email, 'new-password', PROFILE);
    await logOut(popup);
  });
});
