// 401 → one shared refresh → one retry → SessionExpiredError. @see api-contract §1.2 flow 4
import { describe, expect, it } from 'vitest';
import { createEmnifyClient, createMemoryTokenStore, type EmnifyTokens } from '../../../lib/api/emnify';
import { ApiError, ServerUnreachableError, SessionExpiredError } from '../../../lib/api/errors';
import { emptyResponse, fakeFetch, jsonResponse, type FakeHandler, type RecordedCall } from './fake-fetch';

const DEVICES = '/api/v1/user/my/mfa/trusted_device';

function setup(handler: FakeHandler, initial: EmnifyTokens | null = { authToken: 'OLD', refreshToken: 'R' }) {
  const fake = fakeFetch(handler);
  const tokens = createMemoryTokenStore(initial ?? undefined);
  const client = createEmnifyClient({ baseUrl: 'https://api.test', tokens, fetch: fake.fetch });
  return { client, tokens, calls: fake.calls };
}

const isRefresh = (call: RecordedCall) => call.path === '/api/v1/authenticate';

/** A server where only the token NEW is accepted and a refresh hands it out. */
function renewingServer(refresh: () => Response = () => jsonResponse(200, { auth_token: 'NEW' })): FakeHandler {
  return async (call) => {
    if (isRefresh(call)) {
      // Let the other callers' 401s arrive while this refresh is still in flight.
      await new Promise((resolve) => setTimeout(resolve, 10));
      return refresh();
    }
    return call.headers.authorization === 'Bearer NEW' ? jsonResponse(200, []) : emptyResponse(401);
  };
}

describe('authenticated calls', () => {
  it('send the stored auth token as bearer', async () => {
    const { client, calls } = setup(() => jsonResponse(200, []));
    await client.listTrustedDevices();
    expect(calls[0]?.headers.authorization).toBe('Bearer OLD');
  });

  it('without tokens fail with SessionExpiredError and send nothing', async () => {
    const { client, calls } = setup(() => jsonResponse(200, []), null);
    await expect(client.listTrustedDevices()).rejects.toThrow(SessionExpiredError);
    expect(calls).toHaveLength(0);
  });

  it('on 401 refresh once, store the new token, and retry once', async () => {
    const { client, tokens, calls } = setup(renewingServer());
    await expect(client.listTrustedDevices()).resolves.toEqual([]);
    expect(calls.map((c) => c.path)).toEqual([DEVICES, '/api/v1/authenticate', DEVICES]);
    expect(calls[1]?.json).toEqual({ refresh_token: 'R' });
    expect(calls[1]?.headers.authorization).toBeUndefined();
    expect(calls[2]?.headers.authorization).toBe('Bearer NEW');
    expect(await tokens.get()).toEqual({ authToken: 'NEW', refreshToken: 'R' });
  });

  it('3 concurrent 401s share exactly one refresh, and each call is retried once', async () => {
    const { client, calls } = setup(renewingServer());
    const results = await Promise.all([
      client.listTrustedDevices(),
      client.listTrustedDevices({ userId: 7 }),
      client.listTrustedDevices(),
    ]);
    expect(results).toEqual([[], [], []]);
    expect(calls.filter(isRefresh)).toHaveLength(1);
    const retries = calls.filter((c) => !isRefresh(c) && c.headers.authorization === 'Bearer NEW');
    expect(retries).toHaveLength(3);
    expect(calls).toHaveLength(7);
  });

  it('a 401 arriving after another call already refreshed reuses the new token', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { client, calls } = setup(async (call) => {
      if (isRefresh(call)) return jsonResponse(200, { auth_token: 'NEW' });
      if (call.headers.authorization === 'Bearer NEW') return jsonResponse(200, []);
      if (call.path.includes('/user/7/')) await held; // this one's 401 comes late
      return emptyResponse(401);
    });
    const slow = client.listTrustedDevices({ userId: 7 });
    await client.listTrustedDevices();
    release();
    await slow;
    expect(calls.filter(isRefresh)).toHaveLength(1);
  });

  it('a 401 on the retry clears the tokens and is SessionExpiredError', async () => {
    const { client, tokens, calls } = setup((call) =>
      isRefresh(call) ? jsonResponse(200, { auth_token: 'NEW' }) : emptyResponse(401),
    );
    const error = await client.listTrustedDevices().catch((e) => e);
    expect(error).toBeInstanceOf(SessionExpiredError);
    expect(error.message).toBe('Your session has expired. Log in again.');
    expect(error.cause).toBeInstanceOf(ApiError);
    expect(calls).toHaveLength(3);
    expect(await tokens.get()).toBeUndefined();
  });

  it('a refused refresh clears the tokens and fails every waiting call with SessionExpiredError', async () => {
    const { client, tokens, calls } = setup(renewingServer(() => emptyResponse(401)));
    const results = await Promise.allSettled([client.listTrustedDevices(), client.listTrustedDevices()]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(SessionExpiredError);
    }
    expect(calls.filter(isRefresh)).toHaveLength(1);
    expect(await tokens.get()).toBeUndefined();
  });

  it('no refresh token: no refresh request, tokens cleared, SessionExpiredError', async () => {
    const { client, tokens, calls } = setup(renewingServer(), { authToken: 'OLD' });
    await expect(client.listTrustedDevices()).rejects.toThrow(SessionExpiredError);
    expect(calls.filter(isRefresh)).toHaveLength(0);
    expect(await tokens.get()).toBeUndefined();
  });

  it('an unreachable server during refresh keeps the tokens and says so', async () => {
    const { client, tokens } = setup((call) =>
      isRefresh(call) ? Promise.reject(new TypeError('fetch failed')) : emptyResponse(401),
    );
    await expect(client.listTrustedDevices()).rejects.toThrow(ServerUnreachableError);
    expect(await tokens.get()).toEqual({ authToken: 'OLD', refreshToken: 'R' });
  });

  it('other errors are not refreshed', async () => {
    const { client, calls } = setup(() => jsonResponse(403, { error_code: 1104, error_token: 'Forbidden' }));
    await expect(client.listTrustedDevices()).rejects.toMatchObject({ name: 'ApiError', status: 403 });
    expect(calls).toHaveLength(1);
  });

  it('refresh() renews ahead of expiry and keeps a rotated refresh token', async () => {
    const { client, tokens, calls } = setup(() => jsonResponse(200, { auth_token: 'NEW', refresh_token: 'R2' }));
    const [a, b] = await Promise.all([client.refresh(), client.refresh()]);
    expect([a, b]).toEqual(['NEW', 'NEW']);
    expect(calls).toHaveLength(1);
    expect(await tokens.get()).toEqual({ authToken: 'NEW', refreshToken: 'R2' });
  });

  it('logout() forgets the tokens', async () => {
    const { client, tokens } = setup(() => emptyResponse(204));
    await client.logout();
    expect(await tokens.get()).toBeUndefined();
  });
});
