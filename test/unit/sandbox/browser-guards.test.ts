// What keeps web pages in the demo browser away from the sandbox: a page may send text/plain or
// form POSTs to 127.0.0.1 without a CORS preflight (so bodies must declare their real type, and a
// request that names a web page as its Origin is refused), and with DNS rebinding it may even read
// answers (so the Host header must name the sandbox itself).
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { sha1Hex } from '../../sandbox/hashing';
import { call, createUser, passwordLogin, rawRequest, resetSandbox, tokensOf } from './sandbox-client';
import { useSandbox } from './use-sandbox';

const AUTHENTICATE_LIMIT = 3;

const sandbox = useSandbox({ authenticateRateLimit: AUTHENTICATE_LIMIT });
let port: string;

beforeAll(() => {
  port = new URL(sandbox.url).port;
});
beforeEach(() => resetSandbox(sandbox.url));

/** A POST with exactly this Content-Type (none when undefined), as a cross-site page could send it. */
function post(path: string, contentType: string | undefined, body: string) {
  return rawRequest(sandbox.url, 'POST', path, { headers: contentType ? { 'content-type': contentType } : {}, body });
}

async function offsetSeconds(): Promise<number> {
  return ((await call(sandbox.url, 'GET', '/__sandbox/clock')).json as { offsetSeconds: number }).offsetSeconds;
}

describe('Content-Type', () => {
  /** The types a page may send without a preflight (the CORS "simple" ones), and none at all. */
  const SIMPLE_TYPES = [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    undefined,
  ];

  test.each(SIMPLE_TYPES)('control POSTs with %s → 415, and nothing is reset or moved', async (type) => {
    await createUser(sandbox.url, { email: 'kept@sandbox.test', password: 'pw' });
    const reset = await post('/__sandbox/reset', type, '');
    expect(reset.status).toBe(415);
    expect(reset.json).toEqual({ message: expect.any(String) });
    expect((await post('/__sandbox/clock', type, JSON.stringify({ offsetSeconds: 86_400 }))).status).toBe(415);
    expect((await passwordLogin(sandbox.url, 'kept@sandbox.test', 'pw')).status).toBe(200);
    expect(await offsetSeconds()).toBe(0);
  });

  test.each(SIMPLE_TYPES)(
    'authenticate with %s → 415 with an error body; it burns neither the lockout nor the rate limit',
    async (type) => {
      const { email, password } = sandbox.demo.plainUser;
      const wrong = JSON.stringify({ username: email, password: sha1Hex('wrong') });
      for (let attempt = 0; attempt < AUTHENTICATE_LIMIT + 1; attempt++) {
        const refused = await post('/api/v1/authenticate', type, wrong);
        expect(refused.status).toBe(415);
        expect(refused.json).toMatchObject({ error_code: 1400, message: expect.stringContaining('application/json') });
      }
      expect(tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token).toBeDefined();
    },
  );

  test('PATCH and other EMnify bodies need JSON too; parameters such as charset are fine', async () => {
    const { email, password } = sandbox.demo.plainUser;
    const token = tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token ?? '';
    const body = JSON.stringify({ old_password: sha1Hex(password), new_password: sha1Hex('next-password') });
    const headers = (type: string) => ({ authorization: `Bearer ${token}`, 'content-type': type });
    const asText = await rawRequest(sandbox.url, 'PATCH', '/api/v1/user/password', { headers: headers('text/plain'), body });
    expect(asText.status).toBe(415);
    const asJson = await rawRequest(sandbox.url, 'PATCH', '/api/v1/user/password', {
      headers: headers('Application/JSON; charset=utf-8'),
      body,
    });
    expect(asJson.status).toBe(204);
  });

  test('Amadis routes take forms only and refuse the rest in their own error shapes', async () => {
    const form = new URLSearchParams({ name: 'Ada', email: 'ada@amadis.test', password: 'pw' }).toString();
    const register = await post('/api/user/v1/register', 'text/plain', form);
    expect(register.status).toBe(400);
    expect(register.json).toMatchObject({ status: 'error', data: { error: expect.stringContaining('form') } });
    const { clientId, clientSecret } = sandbox.demo.amadisClient;
    const grant = { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret };
    const token = await post('/oauth/token', 'text/plain', new URLSearchParams(grant).toString());
    expect(token).toMatchObject({ status: 400, json: { error: 'invalid_request' } });
    expect((await post('/api/user/v1/register', 'application/x-www-form-urlencoded', form)).status).toBe(201);
  });
});

describe('Host header', () => {
  const email = () => encodeURIComponent(sandbox.demo.mfaUser.email);

  test.each(['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST'])('%s with the sandbox port is served', async (name) => {
    const result = await rawRequest(sandbox.url, 'GET', `/__sandbox/users/${email()}/trusted-devices`, {
      headers: { host: `${name}:${port}` },
    });
    expect(result.status).toBe(200);
  });

  test.each([
    ['a rebound name', () => `attacker.test:${port}`],
    ['a loopback name with another port', () => `127.0.0.1:${Number(port) === 1 ? 2 : Number(port) - 1}`],
    ['a loopback name without the port', () => '127.0.0.1'],
    ['a look-alike', () => `127.0.0.1.attacker.test:${port}`],
  ])('%s → 421, and the request has no effect', async (_name, host) => {
    const path = `/__sandbox/users/${email()}/trusted-devices`;
    const read = await rawRequest(sandbox.url, 'GET', path, { headers: { host: host() } });
    expect(read.status).toBe(421);
    expect(read.json).toEqual({ message: expect.any(String) });
    await createUser(sandbox.url, { email: 'kept@sandbox.test', password: 'pw' });
    const reset = await rawRequest(sandbox.url, 'POST', '/__sandbox/reset', {
      headers: { host: host(), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reset.status).toBe(421);
    expect((await passwordLogin(sandbox.url, 'kept@sandbox.test', 'pw')).status).toBe(200);
  });
});

describe('Origin', () => {
  const form = (email: string) => new URLSearchParams({ name: 'Ada', email, password: 'pw' }).toString();
  const formPost = (origin: string | undefined, email: string) =>
    rawRequest(sandbox.url, 'POST', '/api/user/v1/register', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin !== undefined && { origin }) },
      body: form(email),
    });
  const amadisUserExists = async (email: string) =>
    (await call(sandbox.url, 'GET', `/__sandbox/amadis/users/${encodeURIComponent(email)}`)).status === 200;

  test.each([
    'https://attacker.test',
    'http://127.0.0.1:8080',
    `http://127.0.0.1:${'PORT'}`,
    'null',
    'chrome-extension://abc/extra/path',
    'file://',
  ])('a form POST whose Origin is %s → 403, and no Amadis user is made', async (origin) => {
    const refused = await formPost(origin.replace('PORT', port), 'page@amadis.test');
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({ message: expect.stringContaining('web pages') });
    expect(await amadisUserExists('page@amadis.test')).toBe(false);
  });

  test.each(['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://0b6f7d2e-1c7a-4b5e-9d3f-2a8c1e4b5f60'])(
    "the extension's own origin %s is served",
    async (origin) => {
      expect((await formPost(origin, 'extension@amadis.test')).status).toBe(201);
      expect(await amadisUserExists('extension@amadis.test')).toBe(true);
    },
  );

  test('a request without Origin (the extension worker, scripts, curl) is served', async () => {
    expect((await formPost(undefined, 'script@amadis.test')).status).toBe(201);
  });

  test('every route refuses a web Origin, the control API and EMnify routes too', async () => {
    const origin = 'https://attacker.test';
    const json = { 'content-type': 'application/json', origin };
    const reset = await rawRequest(sandbox.url, 'POST', '/__sandbox/reset', { headers: json, body: '{}' });
    expect(reset.status).toBe(403);
    const { email, password } = sandbox.demo.plainUser;
    const login = JSON.stringify({ username: email, password: sha1Hex(password) });
    expect((await rawRequest(sandbox.url, 'POST', '/api/v1/authenticate', { headers: json, body: login })).status).toBe(403);
    expect((await rawRequest(sandbox.url, 'GET', '/__sandbox/clock', { headers: { origin } })).status).toBe(403);
  });
});

describe('body size', () => {
  test('a body over the limit → 413 in the EMnify error shape, on any route', async () => {
    const body = JSON.stringify({ username: 'x'.repeat(70 * 1024) });
    for (const path of ['/api/v1/authenticate', '/api/user/v1/register', '/__sandbox/users']) {
      const result = await rawRequest(sandbox.url, 'POST', path, { headers: { 'content-type': 'application/json' }, body });
      expect(result.status).toBe(413);
      expect(result.json).toEqual({ error_code: 1400, error_token: 'InputValidationFailed', message: expect.any(String) });
    }
  });
});
