// 401 → one shared refresh → one retry → SessionExpiredError. @see docs/api-contract.md §1.2 flow 4
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

  it('an HTML 401 (a proxy page) still leads to the refresh and the retry', async () => {
    const { client, calls } = setup(async (call) =>
      call.headers.authorization === 'Bearer OLD'
        ? new Response('<html><body>401 Authorization Required</body></html>', {
            status: 401,
            headers: { 'Content-Type': 'text/html' },
          })
        : renewingServer()(call),
    );
    await expect(client.listTrustedDevices()).resolves.toEqual([]);
    expect(calls.map((c) => c.path)).toEqual([DEVICES, '/api/v1/authenticate', DEVICES]);
  });
});

/** A promise to hold a fake answer back until the test lets it go. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const isPasswordLogin = (call: RecordedCall) => isRefresh(call) && call.json !== undefined && 'username' in (call.json as object);
const FRESH = { authToken: 'FRESH', refreshToken: 'R-FRESH' };
const freshLogin = () => jsonResponse(200, { auth_token: FRESH.authToken, refresh_token: FRESH.refreshToken });

// A refresh or a 401 that settles after a logout or a new login must leave that logout or login be.
describe('session changes while a call is in flight', () => {
  it('a logout during a refresh stays a logout, and the renewed token is not used', async () => {
    const sent = gate();
    const answer = gate();
    const { client, tokens, calls } = setup(async (call) => {
      if (isRefresh(call)) {
        sent.open();
        await answer.opened;
        return jsonResponse(200, { auth_token: 'NEW', refresh_token: 'R2' });
      }
      return call.headers.authorization === 'Bearer NEW' ? jsonResponse(200, []) : emptyResponse(401);
    });
    const call = client.listTrustedDevices().catch((e) => e);
    const refresh = client.refresh().catch((e) => e);
    await sent.opened;
    await client.logout();
    answer.open();
    expect(await call).toBeInstanceOf(SessionExpiredError);
    expect(await refresh).toBeInstanceOf(SessionExpiredError);
    expect(await tokens.get()).toBeUndefined();
    expect(calls.filter(isRefresh)).toHaveLength(1);
    expect(calls.filter((c) => c.headers.authorization === 'Bearer NEW')).toHaveLength(0);
  });

  it('a login during a refresh keeps the new login', async () => {
    const sent = gate();
    const answer = gate();
    const { client, tokens } = setup(async (call) => {
      if (isPasswordLogin(call)) return freshLogin();
      if (isRefresh(call)) {
        sent.open();
        await answer.opened;
        return jsonResponse(200, { auth_token: 'STALE', refresh_token: 'R-STALE' });
      }
      return call.headers.authorization === `Bearer ${FRESH.authToken}` ? jsonResponse(200, []) : emptyResponse(401);
    });
    const refresh = client.refresh().catch((e) => e);
    await sent.opened;
    await client.loginWithPassword({ username: 'u@o.com', password: 'password' });
    answer.open();
    expect(await refresh).toBeInstanceOf(SessionExpiredError);
    expect(await tokens.get()).toEqual(FRESH);
  });

  it("a new session's 401 gets its own refresh, not the old session's", async () => {
    const sent = gate();
    const answer = gate();
    const { client, tokens, calls } = setup(async (call) => {
      if (isPasswordLogin(call)) return freshLogin();
      if (isRefresh(call)) {
        if ((call.json as { refresh_token?: string }).refresh_token === FRESH.refreshToken) {
          return jsonResponse(200, { auth_token: 'FRESH-2' });
        }
        sent.open();
        await answer.opened;
        return jsonResponse(200, { auth_token: 'STALE' });
      }
      return call.headers.authorization === 'Bearer FRESH-2' ? jsonResponse(200, []) : emptyResponse(401);
    });
    const old = client.refresh().catch((e) => e);
    await sent.opened;
    await client.loginWithPassword({ username: 'u@o.com', password: 'password' });
    await expect(client.listTrustedDevices()).resolves.toEqual([]);
    answer.open();
    expect(await old).toBeInstanceOf(SessionExpiredError);
    expect(await tokens.get()).toEqual({ authToken: 'FRESH-2', refreshToken: FRESH.refreshToken });
    expect(calls.filter(isRefresh).map((c) => c.json)).toEqual([
      { refresh_token: 'R' },
      { username: 'u@o.com', password: expect.any(String) },
      { refresh_token: FRESH.refreshToken },
    ]);
  });

  it('a late 401 on the retry does not end a session logged in since', async () => {
    const retried = gate();
    const answer = gate();
    const { client, tokens } = setup(async (call) => {
      if (isPasswordLogin(call)) return freshLogin();
      if (isRefresh(call)) return jsonResponse(200, { auth_token: 'NEW' });
      if (call.headers.authorization === 'Bearer NEW') {
        retried.open();
        await answer.opened;
      }
      return emptyResponse(401);
    });
    const call = client.listTrustedDevices().catch((e) => e);
    await retried.opened;
    await client.loginWithPassword({ username: 'u@o.com', password: 'password' });
    answer.open();
    expect(await call).toBeInstanceOf(SessionExpiredError);
    expect(await tokens.get()).toEqual(FRESH);
  });

  it('a late 401 on the retry does not end the session when its token was renewed since', async () => {
    const retried = gate();
    const answer = gate();
    let refreshes = 0;
    const { client, tokens } = setup(async (call) => {
      if (isRefresh(call)) {
        refreshes += 1;
        return jsonResponse(200, { auth_token: refreshes === 1 ? 'NEW' : 'NEWER' });
      }
      if (call.headers.authorization === 'Bearer NEW') {
        retried.open();
        await answer.opened;
      }
      return emptyResponse(401);
    });
    const call = client.listTrustedDevices().catch((e) => e);
    await retried.opened;
    await expect(client.refresh()).resolves.toBe('NEWER');
    answer.open();
    expect(await call).toBeInstanceOf(SessionExpiredError);
    expect(await tokens.get()).toEqual({ authToken: 'NEWER', refreshToken: 'R' });
  });

  it('a 401 that arrives after a logout refreshes nothing and is SessionExpiredError', async () => {
    const sent = gate();
    const answer = gate();
    const { client, tokens, calls } = setup(async (call) => {
      if (!isRefresh(call)) {
        sent.open();
        await answer.opened;
      }
      return emptyResponse(401);
    });
    const call = client.listTrustedDevices().catch((e) => e);
    await sent.opened;
    await client.logout();
    answer.open();
    expect(await call).toBeInstanceOf(SessionExpiredError);
    expect(calls.filter(isRefresh)).toHaveLength(0);
    expect(await tokens.get()).toBeUndefined();
  });
});
