// Lockout, rate limits, RFC 6238 window and replay, token expiry and revocation (docs/api-contract.md §1.1, §4).
import { beforeEach, describe, expect, test } from 'vitest';
import { sha1Hex } from '../../sandbox/hashing';
import { startSandbox } from '../../sandbox/server';
import { totpCodeAt } from '../../sandbox/totp-verify';
import {
  MID_STEP_MS,
  authenticate,
  call,
  createUser,
  passwordLogin,
  resetSandbox,
  setServerTime,
  tokensOf,
} from './sandbox-client';
import { useSandbox } from './use-sandbox';

const sandbox = useSandbox({ authenticateRateLimit: 1000 });
/** The 3-strike lock and the rate-limit window: both 5 minutes (§1.1). */
const LOCK_MS = 5 * 60_000;
const WINDOW_MS = 5 * 60_000;

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  await setServerTime(sandbox.url, MID_STEP_MS);
});

/** Step 1 for the demo MFA user, then step 2 with `code`. */
async function stepTwo(code: string) {
  const { email, password } = sandbox.demo.mfaUser;
  const first = tokensOf(await passwordLogin(sandbox.url, email, password));
  return authenticate(sandbox.url, { mfa_token: first.mfa_token, code });
}

describe('3-strike lockout', () => {
  test('three wrong passwords lock the account for 5 minutes, even for the right password', async () => {
    const { email, password } = sandbox.demo.plainUser;
    for (let attempt = 0; attempt < 3; attempt++) expect((await passwordLogin(sandbox.url, email, 'wrong')).status).toBe(401);
    const locked = await passwordLogin(sandbox.url, email, password);
    expect(locked.status).toBe(401);
    expect(locked.json).toMatchObject({ error_code: 1105, error_token: 'TooManyRequests' });
    // 30 s either side of the lock's end: room for a slow machine between the 3rd failure and here.
    await setServerTime(sandbox.url, MID_STEP_MS + LOCK_MS - 30_000);
    expect((await passwordLogin(sandbox.url, email, password)).json).toMatchObject({ error_token: 'TooManyRequests' });
    await setServerTime(sandbox.url, MID_STEP_MS + LOCK_MS + 30_000);
    expect(tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token).toBeDefined();
  });

  test('wrong MFA codes count as failed authentications', async () => {
    for (let attempt = 0; attempt < 3; attempt++) expect((await stepTwo('000000')).status).toBe(401);
    const { email, password } = sandbox.demo.mfaUser;
    expect((await passwordLogin(sandbox.url, email, password)).json).toMatchObject({ error_token: 'TooManyRequests' });
  });

  test('a completed login resets the count', async () => {
    const { email, password } = sandbox.demo.plainUser;
    await passwordLogin(sandbox.url, email, 'wrong');
    await passwordLogin(sandbox.url, email, 'wrong');
    await passwordLogin(sandbox.url, email, password);
    await passwordLogin(sandbox.url, email, 'wrong');
    expect((await passwordLogin(sandbox.url, email, password)).status).toBe(200);
  });
});

describe('RFC 6238 window and replay', () => {
  test.each([
    ['the current step', 0, 200],
    ['one step back', -30_000, 200],
    ['one step ahead', 30_000, 200],
    ['two steps back', -60_000, 401],
    ['two steps ahead', 60_000, 401],
  ])('%s → %i', async (_name, shiftMs, status) => {
    const result = await stepTwo(await totpCodeAt(sandbox.demo.mfaUser.mfaSecret, MID_STEP_MS + shiftMs));
    expect(result.status).toBe(status);
  });

  test('a code accepted once is never accepted again, nor any earlier step', async () => {
    const secret = sandbox.demo.mfaUser.mfaSecret;
    const now = await totpCodeAt(secret, MID_STEP_MS);
    expect((await stepTwo(now)).status).toBe(200);
    expect((await stepTwo(now)).status).toBe(401);
    expect((await stepTwo(await totpCodeAt(secret, MID_STEP_MS - 30_000))).status).toBe(401);
    expect((await stepTwo(await totpCodeAt(secret, MID_STEP_MS + 30_000))).status).toBe(200);
  });

  test('codes must be strings', async () => {
    const { email, password, mfaSecret } = sandbox.demo.mfaUser;
    const first = tokensOf(await passwordLogin(sandbox.url, email, password));
    const code = Number(await totpCodeAt(mfaSecret, MID_STEP_MS));
    expect((await authenticate(sandbox.url, { mfa_token: first.mfa_token, code })).status).toBe(400);
  });
});

describe('auth tokens', () => {
  test('expire after 240 minutes of server time (401, empty body); the refresh token still works', async () => {
    const { email, password } = sandbox.demo.plainUser;
    const login = tokensOf(await passwordLogin(sandbox.url, email, password));
    await setServerTime(sandbox.url, MID_STEP_MS + 239 * 60_000);
    expect((await call(sandbox.url, 'GET', '/api/v1/user/my', { token: login.auth_token })).status).toBe(200);
    await setServerTime(sandbox.url, MID_STEP_MS + 241 * 60_000);
    const expired = await call(sandbox.url, 'GET', '/api/v1/user/my', { token: login.auth_token });
    expect(expired.status).toBe(401);
    expect(expired.text).toBe('');
    const refreshed = tokensOf(await authenticate(sandbox.url, { refresh_token: login.refresh_token }));
    expect((await call(sandbox.url, 'GET', '/api/v1/user/my', { token: refreshed.auth_token })).status).toBe(200);
  });

  test('a tampered or unsigned token is refused', async () => {
    const { email, password } = sandbox.demo.plainUser;
    const token = tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token ?? '';
    const [header, payload] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, exp: Number(claims.exp) + 3600 })).toString('base64url');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    for (const bad of [`${header}.${forged}.${token.split('.')[2]}`, `${none}.${payload}.`, 'garbage']) {
      expect((await call(sandbox.url, 'GET', '/api/v1/user/my', { token: bad })).status).toBe(401);
    }
  });

  test('a password change revokes the old auth and refresh tokens', async () => {
    const { email, password } = sandbox.demo.plainUser;
    const login = tokensOf(await passwordLogin(sandbox.url, email, password));
    const wrongOld = await call(sandbox.url, 'PATCH', '/api/v1/user/password', {
      token: login.auth_token,
      json: { old_password: sha1Hex('nope'), new_password: sha1Hex('new-password') },
    });
    expect(wrongOld.status).toBe(422);
    expect(wrongOld.json).toMatchObject({
      error_code: 1002,
      error_token: 'Failed',
      message: 'Invalid old password',
      errors: expect.any(Array),
    });
    const changed = await call(sandbox.url, 'PATCH', '/api/v1/user/password', {
      token: login.auth_token,
      json: { old_password: sha1Hex(password), new_password: sha1Hex('new-password') },
    });
    expect(changed.status).toBe(204);
    expect((await call(sandbox.url, 'GET', '/api/v1/user/my', { token: login.auth_token })).status).toBe(401);
    expect((await authenticate(sandbox.url, { refresh_token: login.refresh_token })).status).toBe(401);
    expect((await passwordLogin(sandbox.url, email, 'new-password')).status).toBe(200);
  });
});

describe('rate limits', () => {
  test('more authenticate calls than the limit per window → 429 TooManyRequests; the window then ends', async () => {
    const limited = await startSandbox({ port: 0, quiet: true, authenticateRateLimit: 3 });
    try {
      await setServerTime(limited.url, MID_STEP_MS);
      for (let index = 0; index < 3; index++) {
        expect((await passwordLogin(limited.url, 'ghost@sandbox.test', 'x')).status).toBe(401);
      }
      const refused = await passwordLogin(limited.url, 'ghost@sandbox.test', 'x');
      expect(refused.status).toBe(429);
      expect(refused.json).toMatchObject({ error_code: 1105, error_token: 'TooManyRequests' });
      // Other calls have their own (larger) budget.
      expect((await call(limited.url, 'GET', '/api/v1/user/mfa/status')).status).toBe(401);
      await setServerTime(limited.url, MID_STEP_MS + WINDOW_MS + 30_000);
      expect((await passwordLogin(limited.url, 'ghost@sandbox.test', 'x')).status).toBe(401);
    } finally {
      await limited.close();
    }
  });

  test('other EMnify calls have their own limit', async () => {
    const limited = await startSandbox({ port: 0, quiet: true, generalRateLimit: 2 });
    try {
      expect((await call(limited.url, 'GET', '/api/v1/user/my')).status).toBe(401);
      expect((await call(limited.url, 'GET', '/api/v1/user/my')).status).toBe(401);
      expect((await call(limited.url, 'GET', '/api/v1/user/my')).status).toBe(429);
      const { email, password } = limited.demo.plainUser;
      expect((await passwordLogin(limited.url, email, password)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

test('an unactivated user created by the control API cannot log in', async () => {
  const user = await createUser(sandbox.url, { email: 'later@sandbox.test', password: 'pw', activated: false });
  expect(user.activationKey).toEqual(expect.any(String));
  expect((await passwordLogin(sandbox.url, user.email, 'pw')).status).toBe(401);
});
