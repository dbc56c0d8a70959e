// axe (WCAG A/AA and best practices) on the popup's server screens that need a server to reach:
// the two-step verification step, the logged-in panel, enrolling a key and finishing the
// enrolment, each in the light theme and in the dark one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { SERVER_STEP_TIMEOUT, createMfaKey, logIn, logOut, passwordInput, submitPasswordLogin } from './support/server-popup';
import { startServerSuite, stopServerSuite, type ServerSuite } from './support/server-suite';

const PROFILE = 'Test sandbox';

describe('accessibility of the server screens', () => {
  let suite: ServerSuite;

  /** The screen as it is, in both themes. */
  async function expectNoViolations(screen: string): Promise<void> {
    for (const colorScheme of ['light', 'dark'] as const) {
      await suite.popup.emulateMedia({ colorScheme });
      expect(await axeViolations(suite.popup), `${screen}, ${colorScheme}`).toEqual([]);
    }
  }

  beforeAll(async () => {
    suite = await startServerSuite('server screens passphrase', [{ kind: 'EMnify', name: PROFILE }]);
  });

  afterAll(() => stopServerSuite(suite));

  it('the login form gives each control a name of its own', async () => {
    const { popup } = suite;
    await popup.getByRole('tab', { name: 'Server', exact: true }).click();
    for (const [method, field] of [
      ['E-mail and password', 'Password'],
      ['Application token', 'Paste the application token'],
    ] as const) {
      await popup.getByRole('radio', { name: method, exact: true }).check();
      expect(await popup.getByLabel(field, { exact: true }).count(), field).toBe(1);
      expect(await popup.getByLabel(method, { exact: true }).count(), method).toBe(1);
    }
    await popup.getByRole('radio', { name: 'E-mail and password', exact: true }).check();
  });

  it('the two-step verification step', async () => {
    const { email, password } = suite.sandbox.demo.mfaUser;
    await submitPasswordLogin(suite.popup, email, password);
    await suite.popup.getByRole('heading', { name: 'Two-step verification', exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
    await expectNoViolations('two-step verification');
    await suite.popup.getByRole('button', { name: 'Cancel', exact: true }).click();
    await suite.popup.getByRole('button', { name: 'Log in', exact: true }).waitFor({ timeout: SERVER_STEP_TIMEOUT });
  });

  it('the logged-in panel, the enrolment form and the enrolment’s last step', async () => {
    const { email, password } = suite.sandbox.demo.plainUser;
    await logIn(suite.popup, email, password, PROFILE);
    await expectNoViolations('logged in');

    await suite.popup.getByRole('button', { name: 'Enrol an authenticator key', exact: true }).click();
    await passwordInput(suite.popup, 'Your password').waitFor();
    await expectNoViolations('enrol form');
    await suite.popup.getByRole('button', { name: 'Back', exact: true }).click();

    await createMfaKey(suite.popup, password);
    await expectNoViolations('finish enrolment');
    await suite.popup.getByRole('button', { name: 'Cancel enrolment', exact: true }).click();
    await logOut(suite.popup);
  });
});
