// Failures the sandbox does not produce on demand, scripted at the HTTP boundary: rate limits,
// server errors, a server that never answers, and the refresh alarm's outcomes. The profile points
// at a closed port, so a request without a scripted answer fails instead of going anywhere.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ServerProfile } from '../../../lib/protocol/protocol';
import { handleRefreshAlarm } from '../../../lib/server/session/refresh-alarm';
import { jsonAnswer, jwtExpiringAt, type Answer } from './http-boundary';
import { manualClock, sessionHarness, type SessionHarness } from './session-harness';

const START = Date.UTC(2026, 0, 5, 9, 0, 10);
const HOUR = 3_600_000;
const PASSWORD = 'the user password';
const REFRESH_TOKEN = 'refresh-token-of-the-session';

let harness: SessionHarness;
let profile: ServerProfile;

beforeEach(async () => {
  fakeBrowser.reset();
  harness = await sessionHarness(manualClock(START));
  profile = await harness.addProfile('emnify', 'http://127.0.0.1:9');
  harness.keep(PASSWORD, REFRESH_TOKEN);
});

afterEach(async () => {
  vi.useRealTimers();
  await harness.expectNoSecretLeaks();
  vi.unstubAllGlobals();
});

function answerLogin(answer: () => Answer, times = 1) {
  harness.http.fault('POST', /\/api\/v1\/authenticate$/u, answer, times);
}

function login() {
  return harness.send('session.loginPassword', { profileId: profile.id, username: 'ann@example.org', password: PASSWORD });
}

async function loggedIn(expiresAt = START + HOUR) {
  const authToken = jwtExpiringAt(expiresAt);
  answerLogin(() => jsonAnswer(200, { auth_token: authToken, refresh_token: REFRESH_TOKEN }));
  const reply = await login();
  expect(reply).toMatchObject({ ok: true, value: { state: 'logged-in', expiresAt } });
  return authToken;
}

const refreshAlarm = () => handleRefreshAlarm({ name: 'session-refresh' }, harness.deps);

describe('login failures, one sentence each', () => {
  it('passes the server rate limit on with its own sentence, or a plain one', async () => {
    answerLogin(() => jsonAnswer(429, { error_code: 1105, error_token: 'TooManyRequests', message: 'Slow down, please.' }));
    expect(await login()).toEqual({ ok: false, error: { name: 'TooManyRequestsError', message: 'Slow down, please.' } });
    answerLogin(() => jsonAnswer(429));
    expect(await login()).toEqual({
      ok: false,
      error: { name: 'TooManyRequestsError', message: 'Too many requests: wait a few minutes and try again.' },
    });
  });

  it('reads a lockout 401 without a sentence as a locked account', async () => {
    answerLogin(() => jsonAnswer(401, { error_code: 1105 }));
    expect(await login()).toEqual({
      ok: false,
      error: { name: 'AccountLockedError', message: 'Too many failed attempts: this account is locked for 5 minutes.' },
    });
  });

  it('says when the server has a problem, and when it does not answer', async () => {
    answerLogin(() => jsonAnswer(503));
    expect(await login()).toEqual({ ok: false, error: { name: 'ApiError', message: 'The server had a problem. Try again later.' } });
    expect(await login()).toMatchObject({ ok: false, error: { name: 'ServerUnreachableError' } });
  });

  it('says when the browser took the access to the server away, and only then', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    answerLogin(() => 'unreachable');
    const revoked = await login();
    expect(revoked).toMatchObject({ ok: false, error: { name: 'HostAccessMissingError' } });
    expect(!revoked.ok && revoked.error.message).toBe(
      'The browser does not let the extension reach 127.0.0.1:9: choose “Allow access” on the Server tab.',
    );
    // The pattern asked about is the one the popup asks for: the host without its port.
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    contains.mockResolvedValue(true);
    answerLogin(() => 'unreachable');
    expect(await login()).toMatchObject({ ok: false, error: { name: 'ServerUnreachableError' } });
  });

  it('gives up on a server that never answers after the timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let requested!: () => void;
    const sent = new Promise<void>((resolve) => (requested = resolve));
    answerLogin(() => {
      requested();
      return 'hang';
    });
    const reply = login();
    await sent;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await reply).toEqual({
      ok: false,
      error: { name: 'ServerTimeoutError', message: 'The server 127.0.0.1:9 did not answer within 15 s: try again later.' },
    });
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-out' });
  });

  it('keeps the MFA step when step 2 cannot reach the server', async () => {
    answerLogin(() => jsonAnswer(200, { mfa_token: 'mfa-token-of-this-login' }));
    harness.keep('mfa-token-of-this-login');
    expect(await login()).toMatchObject({ ok: true, value: { state: 'mfa' } });
    expect(await harness.send('session.submitCode', { code: '123456' })).toMatchObject({
      ok: false,
      error: { name: 'ServerUnreachableError' },
    });
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'mfa' });
  });
});

describe('the refresh alarm', () => {
  it('is set two minutes before the token expires, and renews it then', async () => {
    const first = await loggedIn();
    expect((await fakeBrowser.alarms.get('session-refresh'))?.scheduledTime).toBe(START + HOUR - 2 * 60_000);
    const renewed = jwtExpiringAt(START + 5 * HOUR);
    harness.http.fault('POST', /authenticate$/u, () => jsonAnswer(200, { auth_token: renewed }));
    await harness.deps.sleep(HOUR - 2 * 60_000);
    await refreshAlarm();
    expect(harness.http.authenticateBodies().at(-1)).toEqual({ refresh_token: REFRESH_TOKEN });
    expect((await fakeBrowser.alarms.get('session-refresh'))?.scheduledTime).toBe(START + 5 * HOUR - 2 * 60_000);
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-in', expiresAt: START + 5 * HOUR });
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toContain(first);
    expect(harness.events).toEqual([]);
  });

  it('ends the session when the server refuses the refresh token, and tells open pages', async () => {
    const authToken = await loggedIn();
    harness.http.fault('POST', /authenticate$/u, () => jsonAnswer(401));
    await refreshAlarm();
    expect(harness.events).toEqual(['session.changed']);
    expect(await harness.value('session.view', {})).toEqual({
      state: 'logged-out',
      lastProfileId: profile.id,
      lastUsername: 'ann@example.org',
      notice: 'Your session expired. Log in again.',
    });
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toContain(authToken);
    expect(await fakeBrowser.alarms.get('session-refresh')).toBeUndefined();
  });

  it('keeps the session and tries again in a minute when the server is down or busy', async () => {
    await loggedIn();
    for (const answer of [() => jsonAnswer(503), () => 'unreachable' as const, () => jsonAnswer(429)]) {
      harness.http.fault('POST', /authenticate$/u, answer);
      await refreshAlarm();
      expect((await fakeBrowser.alarms.get('session-refresh'))?.scheduledTime).toBe(harness.deps.now() + 60_000);
      expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-in' });
    }
    expect(harness.events).toEqual([]);
  });

  it('ignores other alarms, and does nothing without a session', async () => {
    await handleRefreshAlarm({ name: 'vault-auto-lock' }, harness.deps);
    await refreshAlarm();
    expect(harness.http.exchanges.filter((exchange) => exchange.path === '/api/v1/authenticate')).toEqual([]);
    // Something to look for in the final leak check.
    await loggedIn();
  });

  it('notices a session the client ended on a refused renewal, and says it expired', async () => {
    await loggedIn();
    // Any authenticated call: 401, then the refresh is refused, so the client drops the tokens.
    harness.http.fault('GET', /trusted_device$/u, () => jsonAnswer(401));
    harness.http.fault('POST', /authenticate$/u, () => jsonAnswer(401));
    const session = await harness.deps.servers.requireSession();
    await expect(session.client.listTrustedDevices()).rejects.toMatchObject({ name: 'SessionExpiredError' });
    expect(await harness.value('session.view', {})).toMatchObject({ state: 'logged-out', notice: 'Your session expired. Log in again.' });
    expect(await harness.failure('session.changePassword', { oldPassword: PASSWORD, newPassword: 'new password!' })).toMatchObject({
      name: 'NotLoggedInError',
    });
  });
});
