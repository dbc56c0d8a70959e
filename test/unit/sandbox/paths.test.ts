// Paths are matched as sent: no empty segment dropped, no `.`/`..` resolved, so a path spelled
// differently neither reaches a route nor escapes a rate limit (docs/api-contract.md §1.1).
import { beforeEach, describe, expect, test } from 'vitest';
import { sha1Hex } from '../../sandbox/hashing';
import { call, passwordLogin, rawRequest, resetSandbox, tokensOf } from './sandbox-client';
import { useSandbox } from './use-sandbox';

const AUTHENTICATE_LIMIT = 2;

const sandbox = useSandbox({ authenticateRateLimit: AUTHENTICATE_LIMIT });

beforeEach(() => resetSandbox(sandbox.url));

/** The contract's 404 for an unknown route (§1.1). */
function expectRouteNotFound(result: { status: number; json: unknown }): void {
  expect(result.status).toBe(404);
  expect(result.json).toMatchObject({ error_code: 1201, error_token: 'NotFound', message: expect.any(String) });
}

/** Spellings of `/api/v1/authenticate` that a lenient router would serve as it. */
const AUTHENTICATE_VARIANTS = [
  '/api//v1/authenticate',
  '/api/v1//authenticate',
  '//api/v1/authenticate',
  '/api/v1/authenticate/',
  '/api/v1/./authenticate',
  '/api/v1/x/../authenticate',
  '/api/v1/%61uthenticate',
];

describe('empty segments and dot segments', () => {
  test.each([
    '/api/v1/user//mfa/trusted_device',
    '/api/v1/user/mfa/trusted_device/',
    '//api/v1/user/my',
    '/api/v1/user/my/',
    '/api/v1/./user/my',
    '/api/v1/user/x/../my',
    '/',
  ])("GET %s → 404 NotFound, not the caller's own data", async (path) => {
    const { email, password } = sandbox.demo.plainUser;
    const token = tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token ?? '';
    expectRouteNotFound(await rawRequest(sandbox.url, 'GET', path, { headers: { authorization: `Bearer ${token}` } }));
  });

  test('the exact path still works, with or without a query string', async () => {
    const { email, password } = sandbox.demo.plainUser;
    const token = tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token;
    expect((await call(sandbox.url, 'GET', '/api/v1/user/mfa/trusted_device', { token })).status).toBe(200);
    expect((await call(sandbox.url, 'GET', '/api/v1/user/mfa/trusted_device?page=1', { token })).status).toBe(200);
  });
});

describe('rate limits follow the matched route', () => {
  function postLogin(path: string, password: string) {
    const body = JSON.stringify({ username: sandbox.demo.plainUser.email, password: sha1Hex(password) });
    return rawRequest(sandbox.url, 'POST', path, { headers: { 'content-type': 'application/json' }, body });
  }

  test.each(AUTHENTICATE_VARIANTS)('%s is a 404 before the limit and never logs in', async (path) => {
    expectRouteNotFound(await postLogin(path, sandbox.demo.plainUser.password));
  });

  test('once the authenticate budget is spent, no spelling of the path gets through', async () => {
    for (let index = 0; index < AUTHENTICATE_LIMIT; index++) {
      expect((await postLogin('/api/v1/authenticate', 'wrong-password')).status).toBe(401);
    }
    const { password } = sandbox.demo.plainUser;
    expect((await postLogin('/api/v1/authenticate', password)).status).toBe(429);
    expect((await postLogin('/api/v1/authenticate?via=query', password)).status).toBe(429);
    for (const path of AUTHENTICATE_VARIANTS) expectRouteNotFound(await postLogin(path, password));
  });
});
