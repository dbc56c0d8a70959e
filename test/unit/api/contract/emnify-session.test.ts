// Authenticated EMnify calls against the real sandbox (docs/api-contract.md §1.2 flow 4): an expired
// auth token is renewed with the refresh token and the call retried without the caller noticing;
// a refused refresh token ends the session (SessionExpiredError, tokens cleared).
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, readJwtExpiry, SessionExpiredError } from '../../../../lib/api';
import { newEmnifyClient, signIn } from './emnify-harness';
import { recordingFetch } from './recording-fetch';
import { createSecretWatch, itKeepsSecretsOutOfErrors } from './secret-watch';
import { addApplicationToken, addSandboxUser, resetSandbox, useSandbox, type SandboxUser } from './sandbox-harness';
import { pinServerClock, type ServerClock } from './server-clock';

const sandbox = useSandbox();
const watch = createSecretWatch();
let clock: ServerClock;

const USER = { email: 'session.user@contract.test', password: 'session-Pass-7d20' };
const NEW_PASSWORD = 'session-New-pass-c41e';
/** Past the contract's 240-minute auth token lifetime (a multiple of 30 s keeps the pin). */
const PAST_TOKEN_LIFETIME_SECONDS = 241 * 60;
watch.keepPassword(USER.password);
watch.keepPassword(NEW_PASSWORD);

let user: SandboxUser;

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  clock = await pinServerClock(sandbox.url);
  user = await addSandboxUser(sandbox.url, USER);
});

/** Refresh requests (flow 4) among the recorded exchanges. */
function refreshCount(exchanges: { path: string; requestBody: string }[]): number {
  return exchanges.filter((entry) => entry.path === '/api/v1/authenticate' && entry.requestBody.includes('refresh_token'))
    .length;
}

describe('expired auth token', () => {
  it('is renewed with the refresh token and the call retried transparently', async () => {
    const recorder = recordingFetch();
    const harness = newEmnifyClient(sandbox.url, { fetch: recorder.fetch });
    const before = await signIn(harness, user, watch);
    await clock.advance(PAST_TOKEN_LIFETIME_SECONDS);

    const fetched = await harness.client.getUser(user.email);

    expect(fetched.id).toBe(user.id);
    const after = await harness.tokens.get();
    watch.keepTokens(after);
    expect(after?.authToken).not.toBe(before.authToken);
    // The server sends no new refresh token, so the old one is kept.
    expect(after?.refreshToken).toBe(before.refreshToken);
    expect(readJwtExpiry(after?.authToken ?? '')).toBeGreaterThan(await clock.now());
    // The 401 really happened: GET, refresh, GET again.
    expect(recorder.exchanges.slice(-3).map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
      `GET /api/v1/user/${encodeURIComponent(user.email)} 401`,
      'POST /api/v1/authenticate 200',
      `GET /api/v1/user/${encodeURIComponent(user.email)} 200`,
    ]);
  });

  it('concurrent calls that meet the 401 share one refresh', async () => {
    const recorder = recordingFetch();
    const harness = newEmnifyClient(sandbox.url, { fetch: recorder.fetch });
    await signIn(harness, user, watch);
    await clock.advance(PAST_TOKEN_LIFETIME_SECONDS);

    const [fetched, statuses, devices] = await Promise.all([
      harness.client.getUser(user.id),
      harness.client.listMfaStatuses(),
      harness.client.listTrustedDevices(),
    ]);

    expect(fetched.id).toBe(user.id);
    expect(statuses).toHaveLength(2);
    expect(devices).toEqual([]);
    expect(refreshCount(recorder.exchanges)).toBe(1);
    watch.keepTokens(await harness.tokens.get());
  });

  it('refresh() renews on demand, before the token runs out', async () => {
    const harness = newEmnifyClient(sandbox.url);
    const before = await signIn(harness, user, watch);
    await clock.advance(60);
    const renewed = await harness.client.refresh();
    watch.keep(renewed);
    expect(renewed).not.toBe(before.authToken);
    expect((await harness.tokens.get())?.authToken).toBe(renewed);
  });

  it('an application-token session has no refresh token: SessionExpiredError, tokens cleared', async () => {
    const token = await addApplicationToken(sandbox.url, user.email);
    watch.keep(token);
    const { client, tokens } = newEmnifyClient(sandbox.url);
    await client.loginWithApplicationToken(token);
    watch.keepTokens(await tokens.get());
    await clock.advance(PAST_TOKEN_LIFETIME_SECONDS);
    await watch.rejection(client.getUser(user.id), SessionExpiredError);
    expect(await tokens.get()).toBeUndefined();
  });
});

describe('refresh token refused', () => {
  it('after a password change elsewhere: SessionExpiredError, tokens cleared', async () => {
    const stale = newEmnifyClient(sandbox.url);
    await signIn(stale, user, watch);
    const other = newEmnifyClient(sandbox.url);
    await signIn(other, user, watch);
    await other.client.changePassword({ oldPassword: USER.password, newPassword: NEW_PASSWORD });

    const error = await watch.rejection(stale.client.getUser(user.id), SessionExpiredError);

    // The server refused the refresh itself (401), not just the old auth token.
    expect(error.cause).toBeInstanceOf(ApiError);
    expect(error.cause).toMatchObject({ status: 401, path: '/api/v1/authenticate' });
    expect(await stale.tokens.get()).toBeUndefined();
  });

  it('logout() forgets the tokens locally: the next call is a SessionExpiredError', async () => {
    const harness = newEmnifyClient(sandbox.url);
    await signIn(harness, user, watch);
    await harness.client.logout();
    expect(await harness.tokens.get()).toBeUndefined();
    await watch.rejection(harness.client.getUser(user.id), SessionExpiredError);
  });

  it('without any tokens, an authenticated call is a SessionExpiredError', async () => {
    const { client } = newEmnifyClient(sandbox.url);
    await watch.rejection(client.listMfaTypes(), SessionExpiredError);
  });
});

itKeepsSecretsOutOfErrors(watch);
