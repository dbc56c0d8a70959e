// The control API's read-only views of raw records: MFA keys with their seeds, Amadis users with
// their secrets (what end-to-end tests compare the vault's codes against).
import { beforeEach, describe, expect, test } from 'vitest';
import { sha1Hex } from '../../sandbox/hashing';
import { totpCodeAt } from '../../sandbox/totp-verify';
import {
  MID_STEP_MS,
  call,
  passwordLogin,
  rawRequest,
  resetSandbox,
  setServerTime,
  tokensOf,
} from './sandbox-client';
import { useSandbox } from './use-sandbox';

const sandbox = useSandbox();

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  await setServerTime(sandbox.url, MID_STEP_MS);
});

interface RawMfaKey {
  id: number;
  secret: string;
  status: { id: number; description: string };
  createdAt: string;
  activatedAt: string | null;
  lastUsedStep: number;
}

function mfaKeysOf(email: string) {
  return call(sandbox.url, 'GET', `/__sandbox/users/${encodeURIComponent(email)}/mfa-keys`);
}

describe('GET /__sandbox/users/{email}/mfa-keys', () => {
  test('the seeded MFA user has one active key whose seed is the printed one', async () => {
    const result = await mfaKeysOf(sandbox.demo.mfaUser.email);
    expect(result.status).toBe(200);
    expect(result.json).toEqual([
      {
        id: expect.any(Number),
        secret: sandbox.demo.mfaUser.mfaSecret,
        status: { id: 1, description: 'Active' },
        createdAt: expect.stringMatching(/Z$/),
        activatedAt: expect.stringMatching(/Z$/),
        lastUsedStep: -1,
      },
    ]);
  });

  test('a key created through the API is listed pending with its seed, then active after activation', async () => {
    const { email, password } = sandbox.demo.plainUser;
    expect((await mfaKeysOf(email)).json).toEqual([]);
    const token = tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token;
    const json = { type: { id: 0 }, password: sha1Hex(password) };
    const created = (await call(sandbox.url, 'POST', '/api/v1/user/mfa', { token, json })).json as {
      id: number;
      secret_key: string;
    };

    const [pending] = (await mfaKeysOf(email)).json as RawMfaKey[];
    expect(pending).toMatchObject({
      id: created.id,
      secret: created.secret_key,
      status: { id: 0, description: 'Activation Pending' },
      activatedAt: null,
      lastUsedStep: -1,
    });

    const code = await totpCodeAt(pending?.secret ?? '', MID_STEP_MS);
    const patch = { status: { id: 1 }, code };
    expect((await call(sandbox.url, 'PATCH', `/api/v1/user/mfa/${created.id}`, { token, json: patch })).status).toBe(204);
    const [active] = (await mfaKeysOf(email)).json as RawMfaKey[];
    expect(active).toMatchObject({ status: { id: 1, description: 'Active' }, activatedAt: expect.any(String) });
    // The activation code's step is spent: the listing shows the replay guard the server keeps.
    expect(active?.lastUsedStep).toBe(Math.floor(MID_STEP_MS / 30_000));
  });

  test('e-mail addresses match case-insensitively; an unknown user is a 404 {message}', async () => {
    const upper = await mfaKeysOf(sandbox.demo.mfaUser.email.toUpperCase());
    expect(upper.status).toBe(200);
    const unknown = await mfaKeysOf('nobody@sandbox.test');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ message: 'No such user.' });
  });
});

describe('GET /__sandbox/amadis/users/{email}', () => {
  function register(email: string) {
    const form = { name: 'Ada', email, password: 'amadis-password' };
    return call(sandbox.url, 'POST', '/api/user/v1/register', { form });
  }

  test('shows the registered user and the very secret the registration returned, never a password', async () => {
    const registered = (await register('ada@sandbox.test')).json as { data: { id: number; user_secret: string } };
    const result = await call(sandbox.url, 'GET', `/__sandbox/amadis/users/${encodeURIComponent('ADA@sandbox.test')}`);
    expect(result.status).toBe(200);
    expect(result.json).toEqual({
      id: registered.data.id,
      name: 'Ada',
      email: 'ada@sandbox.test',
      userSecret: registered.data.user_secret,
    });
    expect(Buffer.from(registered.data.user_secret, 'base64')).toHaveLength(32);
    expect(result.text).not.toMatch(/password/i);
  });

  test('an unknown Amadis user, or an EMnify-only one, is a 404 {message}', async () => {
    for (const email of ['nobody@sandbox.test', sandbox.demo.plainUser.email]) {
      const result = await call(sandbox.url, 'GET', `/__sandbox/amadis/users/${encodeURIComponent(email)}`);
      expect(result.status).toBe(404);
      expect(result.json).toEqual({ message: 'No such user.' });
    }
  });

  test('like the rest of the control API, only a loopback Host is served', async () => {
    await register('host@sandbox.test');
    const { port } = new URL(sandbox.url);
    const path = '/__sandbox/amadis/users/host%40sandbox.test';
    const rebound = await rawRequest(sandbox.url, 'GET', path, { headers: { host: `attacker.test:${port}` } });
    expect(rebound.status).toBe(421);
    expect(rebound.text).not.toContain('userSecret');
    const local = await rawRequest(sandbox.url, 'GET', path, { headers: { host: `localhost:${port}` } });
    expect(local.status).toBe(200);
  });
});
