// An enrolment interrupted after the key was created (worker stopped, popup closed) is not lost:
// the seed is in the vault, and the reopened popup offers to finish or cancel it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { expectCodeMatchesOathtool } from './support/codes';
import { createSandboxUser, sandboxMfaKeys } from './support/sandbox-control';
import {
  SERVER_STEP_TIMEOUT,
  accountRowName,
  activateWithVaultCode,
  createMfaKey,
  logIn,
  logOut,
  unfinishedEnrolments,
} from './support/server-popup';
import { startServerSuite, stopServerSuite, type ServerSuite } from './support/server-suite';
import { stopServiceWorker } from './support/service-worker';

const PROFILE = 'Test sandbox';
const PASSWORD = 'enrolment-password';

type ListReply = { ok: boolean; value?: unknown[] };
type Runtime = { runtime: { sendMessage(message: unknown): Promise<ListReply> } };

describe('EMnify: an unfinished enrolment survives a stopped worker and a closed popup', () => {
  let suite: ServerSuite;

  beforeAll(async () => {
    suite = await startServerSuite('enrolment recovery passphrase', [{ kind: 'EMnify', name: PROFILE }]);
  });

  afterAll(() => stopServerSuite(suite));

  /** A message to the background from the popup, as the popup's own code sends it. */
  function ask(type: 'enrolment.list' | 'accounts.list'): Promise<ListReply> {
    return suite.popup.evaluate(
      (message) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(message),
      { type, body: {} },
    );
  }

  /** Logs in as a new user, creates a key, then loses the worker and the popup before activating. */
  async function interruptEnrolment(email: string): Promise<Locator> {
    await createSandboxUser(suite.sandbox.url, { email, password: PASSWORD });
    await logIn(suite.popup, email, PASSWORD, PROFILE);
    await createMfaKey(suite.popup, PASSWORD);
    expect(await sandboxMfaKeys(suite.sandbox.url, email)).toMatchObject([{ status: { id: 0 } }]);

    await stopServiceWorker(suite.session.context, suite.popup);
    await suite.popup.close();
    suite.popup = await suite.session.openPopup();
    const region = unfinishedEnrolments(suite.popup).filter({
      hasText: `The MFA key for ${email} on ${PROFILE} is not activated yet.`,
    });
    await region.waitFor({ timeout: SERVER_STEP_TIMEOUT });
    return region;
  }

  it('finishes it: the key is activated and its codes are the server\'s', async () => {
    const email = 'finish.later@sandbox.test';
    const region = await interruptEnrolment(email);
    await region.getByRole('button', { name: 'Finish', exact: true }).click();
    await suite.popup.getByRole('heading', { name: 'Finish enrolment', exact: true }).waitFor();
    await activateWithVaultCode(suite.popup);

    const keys = await sandboxMfaKeys(suite.sandbox.url, email);
    expect(keys).toHaveLength(1);
    expect(keys[0]?.status.id).toBe(1);
    await expect.poll(() => unfinishedEnrolments(suite.popup).count()).toBe(0);
    const name = await accountRowName(suite.popup, email);
    await expectCodeMatchesOathtool(suite.popup, name, keys[0]?.secret ?? '');
    await logOut(suite.popup);
  });

  it('cancels it: the key is gone from the server and from the vault', async () => {
    const email = 'cancel.later@sandbox.test';
    const region = await interruptEnrolment(email);
    await region.getByRole('button', { name: 'Cancel enrolment', exact: true }).click();
    await expect.poll(() => unfinishedEnrolments(suite.popup).count(), { timeout: SERVER_STEP_TIMEOUT }).toBe(0);

    expect(await sandboxMfaKeys(suite.sandbox.url, email)).toEqual([]);
    // Asked the way the popup asks when it opens, so a reopened popup would show none either.
    expect(await ask('enrolment.list')).toEqual({ ok: true, value: [] });
    const accounts = await ask('accounts.list');
    expect(accounts.ok).toBe(true);
    expect(JSON.stringify(accounts.value)).not.toContain(email);
    await logOut(suite.popup);
  });
});
