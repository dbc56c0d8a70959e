// Amadis against the sandbox: registering puts the server's secret in the vault as an account
// with codes; a reset password is shown once and works as the current password afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCodeMatchesOathtool } from './support/codes';
import {
  amadisChangePasswordStatus,
  registerAmadisUser,
  sandboxAmadisUser,
} from './support/sandbox-control';
import {
  SERVER_STEP_TIMEOUT,
  accountRowName,
  passwordInput,
  selectServer,
  statusNotice,
  submitButton,
} from './support/server-popup';
import { startServerSuite, stopServerSuite, type ServerSuite } from './support/server-suite';

const PROFILE = 'Test Amadis';

describe('Amadis: register, reset and change the password', () => {
  let suite: ServerSuite;

  beforeAll(async () => {
    suite = await startServerSuite('amadis flows passphrase', [{ kind: 'Amadis', name: PROFILE }]);
  });

  afterAll(() => stopServerSuite(suite));

  it('registers, and the account\'s codes are those of the secret the server issued', async () => {
    const { popup, sandbox } = suite;
    const email = 'ada@sandbox.test';
    await selectServer(popup, PROFILE);
    await popup.getByRole('button', { name: 'Register', exact: true }).click();
    await popup.getByRole('textbox', { name: 'Name', exact: true }).fill('Ada Lovelace');
    await popup.getByRole('textbox', { name: 'E-mail address', exact: true }).fill(email);
    const password = passwordInput(popup, 'Password');
    await password.fill('amadis-password');
    await (await submitButton(popup, password, 'Register')).click();
    await statusNotice(popup, `Registered ${email}: its codes are in your vault.`).waitFor({ timeout: SERVER_STEP_TIMEOUT });

    const user = await sandboxAmadisUser(sandbox.url, email);
    expect(user.name).toBe('Ada Lovelace');
    const name = await accountRowName(popup, email);
    // The server's secret is base64 of 32 bytes; oathtool reads hex.
    const hexSecret = Buffer.from(user.userSecret, 'base64').toString('hex');
    await expectCodeMatchesOathtool(popup, name, hexSecret, { encoding: 'hex' });
  });

  it('shows a reset password once, and it is the current password for "Change it now"', async () => {
    const { popup, sandbox } = suite;
    const email = 'reset.me@sandbox.test';
    const original = 'original-password';
    await registerAmadisUser(sandbox.url, { name: 'Reset Me', email, password: original });

    await selectServer(popup, PROFILE);
    await popup.getByRole('button', { name: 'Reset password', exact: true }).click();
    const emailField = popup.getByRole('textbox', { name: 'E-mail address', exact: true });
    await emailField.fill(email);
    await (await submitButton(popup, emailField, 'Reset password')).click();
    const shown = popup.getByRole('status', { name: 'New password', exact: true });
    await shown.waitFor({ timeout: SERVER_STEP_TIMEOUT });
    const generated = ((await shown.textContent()) ?? '').trim();
    expect(generated).not.toBe('');
    expect(generated).not.toBe(original);
    await popup.getByText('Shown once: copy it now and change it soon.').waitFor();
    await popup.getByRole('button', { name: 'Copy password', exact: true }).waitFor();
    // The server really replaced the password: the old one no longer works there.
    expect(await amadisChangePasswordStatus(sandbox.url, email, original, 'never-set')).not.toBe(200);

    await popup.getByRole('button', { name: 'Change it now', exact: true }).click();
    expect(await popup.getByRole('textbox', { name: 'E-mail address', exact: true }).inputValue()).toBe(email);
    const chosen = 'chosen-after-reset';
    const current = passwordInput(popup, 'Current password');
    await current.fill(generated);
    await passwordInput(popup, 'New password').fill(chosen);
    await passwordInput(popup, 'Repeat new password').fill(chosen);
    await (await submitButton(popup, current, 'Change password')).click();
    await statusNotice(popup, 'Password changed.').waitFor({ timeout: SERVER_STEP_TIMEOUT });
    // And the password the popup set is the one the server now has.
    expect(await amadisChangePasswordStatus(sandbox.url, email, chosen, 'chosen-twice')).toBe(200);
  });
});
