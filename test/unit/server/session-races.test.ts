// A server answer that arrives after the session was ended meanwhile: a logout, a lock, a cancelled
// MFA step. Whatever it brings (tokens, an mfa_token, a renewed token) must not bring the session
// back, and the login form must not blame an expiry the user did not meet.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ServerProfile } from '../../../lib/protocol/protocol';
import { handleRefreshAlarm } from '../../../lib/server/session/refresh-alarm';
import { jsonAnswer, jwtExpiringAt, type Answer } from './http-boundary';
import { manualClock, sessionHarness, VAULT_PASSPHRASE, type SessionHarness } from './session-harness';

const START = Date.UTC(2026, 0, 5, 9, 0, 10);
const PASSWORD = 'the user password';
const REFRESH_TOKEN = 'refresh-token-of-the-session';
const MFA_TOKEN = 'mfa-token-of-the-pending-login';
const LOGIN = { username: 'ann@example.org', password: PASSWORD };

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

/** The next authenticate call waits until `release()` before it gets `answer`. */
function holdAuthenticate(answer: () => Answer): { release(): void; reached(): Promise<void> } {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const before = harness.http.authenticateBodies().length;
  harness.http.fault('POST', /authenticate$/u, async () => {
    await held;
    return answer();
  });
  return {
    release,
    reached: () => vi.waitFor(() => expect(harness.http.authenticateBodies().length).toBe(before + 1)),
  };
}

async function expectNoSessionSecrets() {
  const stored = JSON.stringify(await fakeBrowser.storage.session.get());
  for (const secret of [authToken, REFRESH_TOKEN, MFA_TOKEN]) expect(stored).not.toContain(secret);
  expect(await harness.deps.servers.currentSession()).toBeUndefined();
}

/** The login form after the user's own logout: prefilled, and no notice. */
const loggedOut = () => ({ state: 'logged-out', lastProfileId: profile.id, lastUsername: LOGIN.username });

describe('an answer that comes after the session was ended', () => {
  it('a logout while the password is checked: the tokens the answer brought are dropped', async () => {
    const server = holdAuthenticate(() => jsonAnswer(200, { auth_token: authToken, refresh_token: REFRESH_TOKEN }));
    const login = harness.send('session.loginPassword', { profileId: profile.id, ...LOGIN });
    await server.reached();
    await harness.value('session.logout', {});
    server.release();
    expect(await login).toMatchObject({ ok: false, error: { name: 'LoginEndedError' } });
    await expectNoSessionSecrets();
    expect(await harness.value('session.view', {})).toEqual(loggedOut());
    expect(await fakeBrowser.alarms.get('session-refresh')).toBeUndefined();
  });

  it('a logout while the password is checked: the MFA step the answer asked for is not kept', async () => {
    const server = holdAuthenticate(() => jsonAnswer(200, { mfa_token: MFA_TOKEN }));
    const login = harness.send('session.loginPassword', { profileId: profile.id, ...LOGIN });
    await server.reached();
    await harness.value('session.logout', {});
    server.release();
    expect(await login).toMatchObject({ ok: false, error: { name: 'LoginEndedError' } });
    await expectNoSessionSecrets();
    expect(await harness.value('session.view', {})).toEqual(loggedOut());
  });

  it('a lock whose vault locks only after the answer came: the session does not outlive it', async () => {
    const server = holdAuthenticate(() => jsonAnswer(200, { auth_token: authToken, refresh_token: REFRESH_TOKEN }));
    const login = harness.send('session.loginPassword', { profileId: profile.id, ...LOGIN });
    await server.reached();
    // Clearing the key from storage.session takes its time too: the login's answer lands in between.
    let letLock!: () => void;
    const lockMayFinish = new Promise<void>((resolve) => (letLock = resolve));
    const lockVault = harness.vault.lockVault.bind(harness.vault);
    vi.spyOn(harness.vault, 'lockVault').mockImplementation(async () => {
      await lockMayFinish;
      await lockVault();
    });
    const lock = harness.send('vault.lock', {});
    await vi.waitFor(() => expect(harness.vault.lockVault).toHaveBeenCalled());
    server.release();
    expect((await login).ok).toBe(false);
    letLock();
    expect((await lock).ok).toBe(true);
    await expectNoSessionSecrets();
    await harness.value('vault.unlock', { passphrase: VAULT_PASSPHRASE });
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-out' });
  });

  it('a cancelled MFA step while its code is checked: the login does not complete', async () => {
    harness.http.fault('POST', /authenticate$/u, () => jsonAnswer(200, { mfa_token: MFA_TOKEN }));
    expect(await harness.value('session.loginPassword', { profileId: profile.id, ...LOGIN })).toMatchObject({ state: 'mfa' });
    const server = holdAuthenticate(() => jsonAnswer(200, { auth_token: authToken, refresh_token: REFRESH_TOKEN }));
    const submit = harness.send('session.submitCode', { code: '123456' });
    await server.reached();
    expect(await harness.value('session.cancelMfa', {})).toMatchObject({ state: 'logged-out' });
    server.release();
    expect(await submit).toMatchObject({ ok: false, error: { name: 'NoPendingLoginError' } });
    await expectNoSessionSecrets();
    expect(await harness.value('session.view', {})).toEqual(loggedOut());
  });

  it('a renewal answered after a logout: no session comes back, and no "expired" notice', async () => {
    harness.http.fault('POST', /authenticate$/u, () => jsonAnswer(200, { auth_token: authToken, refresh_token: REFRESH_TOKEN }));
    await harness.value('session.loginPassword', { profileId: profile.id, ...LOGIN });
    const renewed = jwtExpiringAt(START + 7_200_000);
    harness.keep(renewed);
    const server = holdAuthenticate(() => jsonAnswer(200, { auth_token: renewed }));
    const renewal = handleRefreshAlarm({ name: 'session-refresh' }, harness.deps);
    await server.reached();
    await harness.value('session.logout', {});
    server.release();
    await renewal;
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toContain(renewed);
    await expectNoSessionSecrets();
    expect(await harness.value('session.view', {})).toEqual(loggedOut());
    expect(harness.events).toEqual([]);
  });
});
