// The five flows of POST /api/v1/authenticate (docs/api-contract.md §1.2) against a live sandbox.
import { beforeEach, describe, expect, test } from 'vitest';
import { sha1Hex } from '../../sandbox/hashing';
import { totpCodeAt } from '../../sandbox/totp-verify';
import {
  MID_STEP_MS,
  authenticate,
  call,
  createUser,
  mfaLogin,
  passwordLogin,
  resetSandbox,
  setServerTime,
  tokensOf,
} from './sandbox-client';
import { useSandbox } from './use-sandbox';

const sandbox = useSandbox();
const DAY_S = 24 * 60 * 60;

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  await setServerTime(sandbox.url, MID_STEP_MS);
});

function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
}

describe('flow 1: username + sha1 password', () => {
  test('a user without MFA gets an auth token (JWT, 240 min) and a refresh token', async () => {
    const { email, password, id } = sandbox.demo.plainUser;
    const result = await passwordLogin(sandbox.url, email, password);
    expect(result.status).toBe(200);
    const tokens = tokensOf(result);
    expect(Object.keys(tokens).sort()).toEqual(['auth_token', 'refresh_token']);
    const claims = jwtClaims(tokens.auth_token ?? '');
    expect(claims.sub).toBe(String(id));
    expect(Number(claims.exp) - Number(claims.iat)).toBe(240 * 60);
  });

  test('a user with an active key gets only an mfa_token', async () => {
    const result = await passwordLogin(sandbox.url, sandbox.demo.mfaUser.email, sandbox.demo.mfaUser.password);
    expect(result.status).toBe(200);
    expect(Object.keys(tokensOf(result))).toEqual(['mfa_token']);
  });

  test('wrong password, unknown user and unactivated user: 401 with an empty body', async () => {
    const waiting = await createUser(sandbox.url, { email: 'new@sandbox.test', password: 'pw', activated: false });
    const attempts = [
      [sandbox.demo.plainUser.email, 'nope'],
      ['ghost@sandbox.test', 'pw'],
      [waiting.email, 'pw'],
    ] as const;
    for (const [email, password] of attempts) {
      const result = await passwordLogin(sandbox.url, email, password);
      expect(result.status).toBe(401);
      expect(result.text).toBe('');
    }
  });

  test('the password must be the sha1 hex, not the clear text', async () => {
    const { email, password } = sandbox.demo.plainUser;
    const result = await authenticate(sandbox.url, { username: email, password });
    expect(result.status).toBe(401);
  });
});

describe('flow 2: mfa_token + code', () => {
  test('the right code completes the login, and the mfa_token is single-use', async () => {
    const { email, password, mfaSecret } = sandbox.demo.mfaUser;
    const first = tokensOf(await passwordLogin(sandbox.url, email, password));
    const code = await totpCodeAt(mfaSecret, MID_STEP_MS);
    const second = await authenticate(sandbox.url, { mfa_token: first.mfa_token, code });
    expect(second.status).toBe(200);
    expect(Object.keys(tokensOf(second)).sort()).toEqual(['auth_token', 'refresh_token']);
    const again = await authenticate(sandbox.url, { mfa_token: first.mfa_token, code });
    expect(again.status).toBe(401);
    expect(again.text).toBe('');
  });

  test('a wrong code is a 401 with an empty body', async () => {
    const { email, password } = sandbox.demo.mfaUser;
    const first = tokensOf(await passwordLogin(sandbox.url, email, password));
    const result = await authenticate(sandbox.url, { mfa_token: first.mfa_token, code: '000000' });
    expect(result.status).toBe(401);
    expect(result.text).toBe('');
  });

  test('the mfa_token expires after 5 minutes of server time', async () => {
    const { email, password, mfaSecret } = sandbox.demo.mfaUser;
    const first = tokensOf(await passwordLogin(sandbox.url, email, password));
    const later = MID_STEP_MS + 5 * 60_000 + 30_000;
    await setServerTime(sandbox.url, later);
    const code = await totpCodeAt(mfaSecret, later);
    const result = await authenticate(sandbox.url, { mfa_token: first.mfa_token, code });
    expect(result.status).toBe(401);
  });
});

describe('flow 3: trusted devices', () => {
  const device = { fingerprint: 'f'.repeat(32), operating_system: 'Linux', browser: 'Chromium', name: 'Work laptop' };

  test('a device registered in step 2 skips MFA; an unknown fingerprint still gets an mfa_token', async () => {
    const { email, password, mfaSecret } = sandbox.demo.mfaUser;
    expect((await mfaLogin(sandbox.url, email, password, mfaSecret, MID_STEP_MS, { trusted_device: device })).status).toBe(200);
    const trusted = await passwordLogin(sandbox.url, email, password, { fingerprint: device.fingerprint });
    expect(Object.keys(tokensOf(trusted)).sort()).toEqual(['auth_token', 'refresh_token']);
    const unknown = await passwordLogin(sandbox.url, email, password, { fingerprint: 'a'.repeat(32) });
    expect(Object.keys(tokensOf(unknown))).toEqual(['mfa_token']);
  });

  test('the 2023 form (top-level fingerprint in step 2) registers too', async () => {
    const { email, password, mfaSecret } = sandbox.demo.mfaUser;
    const login = await mfaLogin(sandbox.url, email, password, mfaSecret, MID_STEP_MS, { fingerprint: 'old-form-print' });
    expect(login.status).toBe(200);
    const trusted = await passwordLogin(sandbox.url, email, password, { fingerprint: 'old-form-print' });
    expect(tokensOf(trusted).auth_token).toBeDefined();
  });

  test('after 90 days the device is no longer trusted', async () => {
    const { email, password, mfaSecret } = sandbox.demo.mfaUser;
    await mfaLogin(sandbox.url, email, password, mfaSecret, MID_STEP_MS, { trusted_device: device });
    await setServerTime(sandbox.url, MID_STEP_MS + (90 * DAY_S + 30) * 1000);
    const result = await passwordLogin(sandbox.url, email, password, { fingerprint: device.fingerprint });
    expect(Object.keys(tokensOf(result))).toEqual(['mfa_token']);
  });
});

describe('flows 4 and 5', () => {
  test('a refresh token gives a new auth token (and no new refresh token)', async () => {
    const { email, password } = sandbox.demo.plainUser;
    const login = tokensOf(await passwordLogin(sandbox.url, email, password));
    const refreshed = await authenticate(sandbox.url, { refresh_token: login.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(Object.keys(tokensOf(refreshed))).toEqual(['auth_token']);
    const me = await call(sandbox.url, 'GET', '/api/v1/user/my', { token: tokensOf(refreshed).auth_token });
    expect(me.status).toBe(200);
    expect((await authenticate(sandbox.url, { refresh_token: 'bogus' })).status).toBe(401);
  });

  test('application tokens (the seeded one and one made by the control API) give only an auth token', async () => {
    const seeded = await authenticate(sandbox.url, { application_token: sandbox.demo.plainUser.applicationToken });
    expect(Object.keys(tokensOf(seeded))).toEqual(['auth_token']);
    const json = { email: sandbox.demo.mfaUser.email };
    const made = await call(sandbox.url, 'POST', '/__sandbox/application-tokens', { json });
    const token = (made.json as { application_token: string }).application_token;
    const login = await authenticate(sandbox.url, { application_token: token });
    expect(Object.keys(tokensOf(login))).toEqual(['auth_token']);
    expect((await authenticate(sandbox.url, { application_token: 'nope' })).status).toBe(401);
  });
});

describe('malformed requests', () => {
  test.each([
    ['not JSON', '{username'],
    ['an array', '[]'],
    ['a number where a string belongs', JSON.stringify({ username: 'a@b.c', password: 42 })],
    ['no mode at all', '{}'],
    ['a trusted_device without fingerprint', JSON.stringify({ mfa_token: 'x', code: '1', trusted_device: {} })],
  ])('%s → 400 with an error body', async (_name, raw) => {
    const result = await call(sandbox.url, 'POST', '/api/v1/authenticate', { raw });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error_code: expect.any(Number), message: expect.any(String) });
  });

  test('unknown routes → 404 with an error body', async () => {
    const result = await call(sandbox.url, 'GET', '/api/v1/nothing-here');
    expect(result.status).toBe(404);
    expect(result.json).toMatchObject({ error_code: 1201, error_token: 'NotFound' });
  });

  test('sha1 helper matches the wire format', () => {
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});
