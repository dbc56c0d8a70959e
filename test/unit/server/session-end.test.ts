// Every way a session ends: logout, each way of locking the vault, a changed password. Secrets
// (tokens, the pending mfa_token) must be gone from storage.session afterwards.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordActivity } from '../../../lib/background/activity';
import { bindMessages } from '../../../lib/background/background-route';
import type { ServerProfile } from '../../../lib/protocol/protocol';
import { lockVaultAndEndSession } from '../../../lib/server/session/lock';
import { jsonAnswer, jwtExpiringAt } from './http-boundary';
import { manualClock, sessionHarness, type SessionHarness } from './session-harness';

const START = Date.UTC(2026, 0, 5, 9, 0, 10);
const PASSWORD = 'the user password';
const REFRESH_TOKEN = 'refresh-token-of-the-session';
const MFA_TOKEN = 'mfa-token-of-the-pending-login';

let harness: SessionHarness;
let profile: ServerProfile;
let authToken: string;

beforeEach(async () => {
  fakeBrowser.reset();
  harness = await sessionHarness(manualClock(START));
  profile = await harness.addProfile('emnify', 'http://127.0.0.1:9');
  authToken = jwtExpiringAt(START + 3_600_000);
  harness.keep(PASSWORD, REFRESH_TOKEN, MFA_TOKEN, authToken);
});

afterEach(async () => {
  await harness.expectNoSecretLeaks();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function logIn() {
  harness.http.fault('POST', /authenticate$/u, () => jsonAnswer(200, { auth_token: authToken, refresh_token: REFRESH_TOKEN }));
  const view = await harness.value('session.loginPassword', { profileId: profile.id, username: 'ann@example.org', password: PASSWORD });
  expect(view.state).toBe('logged-in');
}

async function startMfa() {
  harness.http.fault('POST', /authenticate$/u, () => jsonAnswer(200, { mfa_token: MFA_TOKEN }));
  expect((await harness.value('session.loginPassword', { profileId: profile.id, username: 'ann@example.org', password: PASSWORD })).state).toBe('mfa');
}

async function expectNoSessionSecrets() {
  const stored = JSON.stringify(await fakeBrowser.storage.session.get());
  for (const secret of [authToken, REFRESH_TOKEN, MFA_TOKEN]) expect(stored).not.toContain(secret);
  expect(await fakeBrowser.alarms.get('session-refresh')).toBeUndefined();
  expect(await harness.deps.servers.currentSession()).toBeUndefined();
}

describe('ending a session', () => {
  it('logs out: tokens and alarm gone, the form prefilled, no notice', async () => {
    await logIn();
    expect(await harness.value('session.logout', {})).toEqual({
      state: 'logged-out',
      lastProfileId: profile.id,
      lastUsername: 'ann@example.org',
    });
    await expectNoSessionSecrets();
    expect(harness.events).toEqual([]);
  });

  it('ends the session and the pending step when the vault is locked, and tells open pages', async () => {
    await logIn();
    await harness.value('vault.lock', {});
    expect(harness.events).toEqual(['vault.locked', 'session.changed']);
    await expectNoSessionSecrets();

    await harness.value('vault.unlock', { passphrase: 'session test passphrase' });
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-out' });
    await startMfa();
    await harness.value('vault.lock', {});
    await expectNoSessionSecrets();
    await harness.value('vault.unlock', { passphrase: 'session test passphrase' });
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-out' });
  });

  it('tells pages only about the vault when there was no session to end', async () => {
    await harness.value('vault.lock', {});
    expect(harness.events).toEqual(['vault.locked']);
  });

  it('ends the session on the idle lock and when the idle timer cannot be set', async () => {
    await logIn();
    await lockVaultAndEndSession(harness.deps);
    expect(await harness.vault.getVaultState()).toBe('locked');
    await expectNoSessionSecrets();

    await harness.value('vault.unlock', { passphrase: 'session test passphrase' });
    await logIn();
    harness.events.length = 0;
    harness.deps.autoLock.touchAutoLock = async () => {
      throw new Error('alarms unavailable');
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await recordActivity(bindMessages(harness.deps)['session.loginPassword'], harness.deps);
    expect(await harness.vault.getVaultState()).toBe('locked');
    expect(harness.events).toEqual(['vault.locked', 'session.changed']);
    await expectNoSessionSecrets();
  });

  it('ends the session after a changed password, and keeps it when the current password is wrong', async () => {
    await logIn();
    harness.keep('the new password');
    harness.http.fault('PATCH', /\/api\/v1\/user\/password$/u, () =>
      jsonAnswer(422, { error_code: 1002, error_token: 'Failed', message: 'Invalid old password' }),
    );
    expect(await harness.failure('session.changePassword', { oldPassword: 'not it at all', newPassword: 'the new password' })).toEqual({
      name: 'WrongOldPasswordError',
      message: 'Invalid old password',
    });
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-in' });

    harness.http.fault('PATCH', /\/api\/v1\/user\/password$/u, () => jsonAnswer(204));
    expect(await harness.value('session.changePassword', { oldPassword: PASSWORD, newPassword: 'the new password' })).toEqual({
      state: 'logged-out',
      lastProfileId: profile.id,
      lastUsername: 'ann@example.org',
      notice: 'Password changed. Log in with your new password.',
    });
    await expectNoSessionSecrets();
  });

  it('does not keep a session whose vault was locked while the server answered', async () => {
    harness.http.fault('POST', /authenticate$/u, async () => {
      await harness.value('vault.lock', {});
      return jsonAnswer(200, { auth_token: authToken, refresh_token: REFRESH_TOKEN });
    });
    const request = { profileId: profile.id, username: 'ann@example.org', password: PASSWORD };
    expect(await harness.failure('session.loginPassword', request)).toMatchObject({ name: 'VaultLockedError' });
    await expectNoSessionSecrets();

    await harness.value('vault.unlock', { passphrase: 'session test passphrase' });
    harness.http.fault('POST', /authenticate$/u, async () => {
      await harness.value('vault.lock', {});
      return jsonAnswer(200, { mfa_token: MFA_TOKEN });
    });
    expect(await harness.failure('session.loginPassword', request)).toMatchObject({ name: 'VaultLockedError' });
    await expectNoSessionSecrets();
  });

  it('ends the one session before starting another', async () => {
    await logIn();
    await startMfa();
    const stored = JSON.stringify(await fakeBrowser.storage.session.get());
    expect(stored).not.toContain(authToken);
    expect(await harness.deps.servers.currentSession()).toBeUndefined();
  });
});
