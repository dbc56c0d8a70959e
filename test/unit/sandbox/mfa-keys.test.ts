// MFA key enrolment and removal, lookups and the user record (docs/api-contract.md §1.3).
import { beforeEach, describe, expect, test } from 'vitest';
import { sha1Hex } from '../../sandbox/hashing';
import { totpCodeAt } from '../../sandbox/totp-verify';
import {
  MID_STEP_MS,
  authenticate,
  call,
  passwordLogin,
  resetSandbox,
  setServerTime,
  tokensOf,
} from './sandbox-client';
import { useSandbox } from './use-sandbox';

const sandbox = useSandbox();
let token: string;

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  await setServerTime(sandbox.url, MID_STEP_MS);
  const { email, password } = sandbox.demo.plainUser;
  token = tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token ?? '';
});

interface CreatedKey {
  id: number;
  secret_key: string;
  otpauth: string;
  status: { id: number; description: string };
  creation_date: string;
}

function postKey(type: number, password: string) {
  return call(sandbox.url, 'POST', '/api/v1/user/mfa', { token, json: { type: { id: type }, password: sha1Hex(password) } });
}

async function createKey(): Promise<CreatedKey> {
  const result = await postKey(0, sandbox.demo.plainUser.password);
  expect(result.status).toBe(200);
  return result.json as CreatedKey;
}

function activate(keyId: number, code: unknown) {
  return call(sandbox.url, 'PATCH', `/api/v1/user/mfa/${keyId}`, { token, json: { status: { id: 1 }, code } });
}

describe('create and activate', () => {
  test('creation returns 200 with the secret, once; the user record shows the key with `name`', async () => {
    const key = await createKey();
    expect(key).toMatchObject({
      status: { id: 0, description: 'Activation Pending' },
      type: { id: 0, description: 'Time-Based One-Time Password' },
      secret_key: expect.stringMatching(/^[A-Z2-7]{32}$/),
      creation_date: expect.stringMatching(/\.000Z$/),
    });
    expect(key.otpauth).toContain(`secret=${key.secret_key}`);
    const user = await call(sandbox.url, 'GET', `/api/v1/user/${sandbox.demo.plainUser.id}`, { token });
    expect(user.text).not.toContain(key.secret_key);
    expect(user.json).toMatchObject({
      mfa: [
        {
          id: key.id,
          type: { id: 0, name: 'Time-Based One-Time Password' },
          status: { id: 0, name: 'Activation Pending' },
          activation_date: null,
        },
      ],
    });
  });

  test('a wrong password or a bad type is a 422', async () => {
    const wrong = await postKey(0, 'nope');
    expect(wrong.status).toBe(422);
    const badType = await postKey(7, sandbox.demo.plainUser.password);
    expect(badType.status).toBe(422);
    expect(badType.json).toMatchObject({ errors: [{ error_code: 1401 }] });
  });

  test('wrong code → 422 "Code did not match!"; numeric or nested codes refused; right code → 204', async () => {
    const key = await createKey();
    const wrong = await activate(key.id, '000000');
    expect(wrong.status).toBe(422);
    expect(wrong.json).toMatchObject({ error_code: 1400, message: 'MFA key validation error: Code did not match!' });
    const code = await totpCodeAt(key.secret_key, MID_STEP_MS);
    expect((await activate(key.id, Number(code))).status).toBe(422);
    const json = { status: { id: 1, code: Number(code) } };
    const nested = await call(sandbox.url, 'PATCH', `/api/v1/user/mfa/${key.id}`, { token, json });
    expect(nested.status).toBe(422);
    expect((await activate(key.id, code)).status).toBe(204);
    const me = await call(sandbox.url, 'GET', '/api/v1/user/my', { token });
    expect(me.json).toMatchObject({
      mfa: [{ status: { id: 1, name: 'Active' }, activation_date: expect.stringMatching(/\.000Z$/) }],
    });
  });

  test('double activation → 409, a second key while one is active → 409, unknown key → 404', async () => {
    const key = await createKey();
    expect((await activate(key.id, await totpCodeAt(key.secret_key, MID_STEP_MS))).status).toBe(204);
    const again = await activate(key.id, await totpCodeAt(key.secret_key, MID_STEP_MS + 30_000));
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ error_code: 1405, error_token: 'Duplicated', message: 'MFA already activated' });
    const second = await postKey(0, sandbox.demo.plainUser.password);
    expect(second.status).toBe(409);
    expect(second.json).toMatchObject({ error_code: 1405, message: 'MFA already activated' });
    expect((await activate(999_999, '123456')).status).toBe(404);
  });

  test('the activation code cannot be replayed to log in', async () => {
    const key = await createKey();
    const code = await totpCodeAt(key.secret_key, MID_STEP_MS);
    await activate(key.id, code);
    const { email, password } = sandbox.demo.plainUser;
    const first = tokensOf(await passwordLogin(sandbox.url, email, password));
    expect(first.mfa_token).toBeDefined();
    expect((await authenticate(sandbox.url, { mfa_token: first.mfa_token, code })).status).toBe(401);
  });
});

describe('throttling wrong activation codes (§4, the 3-strike lockout of §1.1)', () => {
  const LOCK_MS = 5 * 60_000;

  async function failThreeTimes(keyId: number): Promise<void> {
    // The 3rd wrong code still gets the plain 422; it starts the lock.
    for (let attempt = 0; attempt < 3; attempt++) expect((await activate(keyId, '000000')).status).toBe(422);
  }

  test('3 wrong codes → 429 TooManyRequests even for the right code, and the login is locked too', async () => {
    const key = await createKey();
    await failThreeTimes(key.id);
    const locked = await activate(key.id, await totpCodeAt(key.secret_key, MID_STEP_MS));
    expect(locked.status).toBe(429);
    expect(locked.json).toMatchObject({ error_code: 1105, error_token: 'TooManyRequests' });
    const { email, password } = sandbox.demo.plainUser;
    expect((await passwordLogin(sandbox.url, email, password)).json).toMatchObject({ error_token: 'TooManyRequests' });
    // 30 s either side of the lock's end: room for a slow machine.
    for (const [atMs, status] of [
      [MID_STEP_MS + LOCK_MS - 30_000, 429],
      [MID_STEP_MS + LOCK_MS + 30_000, 204],
    ] as const) {
      await setServerTime(sandbox.url, atMs);
      expect((await activate(key.id, await totpCodeAt(key.secret_key, atMs))).status).toBe(status);
    }
  });

  test('wrong passwords count too: a locked account cannot activate a key', async () => {
    const key = await createKey();
    const { email } = sandbox.demo.plainUser;
    for (let attempt = 0; attempt < 3; attempt++) expect((await passwordLogin(sandbox.url, email, 'wrong')).status).toBe(401);
    expect((await activate(key.id, await totpCodeAt(key.secret_key, MID_STEP_MS))).status).toBe(429);
  });

  test('a right activation code does not reset the count (only a completed login does)', async () => {
    const first = await createKey();
    expect((await activate(first.id, '000000')).status).toBe(422);
    expect((await activate(first.id, '000000')).status).toBe(422);
    expect((await activate(first.id, await totpCodeAt(first.secret_key, MID_STEP_MS))).status).toBe(204);
    const { email, password } = sandbox.demo.plainUser;
    const mfaToken = tokensOf(await passwordLogin(sandbox.url, email, password)).mfa_token;
    expect((await authenticate(sandbox.url, { mfa_token: mfaToken, code: '000000' })).status).toBe(401);
    // That was the 3rd failure in a row: locked, even with the right code.
    const right = await totpCodeAt(first.secret_key, MID_STEP_MS + 30_000);
    expect((await authenticate(sandbox.url, { mfa_token: mfaToken, code: right })).json).toMatchObject({
      error_token: 'TooManyRequests',
    });
  });
});

describe('delete', () => {
  test.each(['my', 'id'])('DELETE /user/%s/mfa/{key} → 204, then 404; login needs no code', async (who) => {
    const key = await createKey();
    await activate(key.id, await totpCodeAt(key.secret_key, MID_STEP_MS));
    const segment = who === 'my' ? 'my' : String(sandbox.demo.plainUser.id);
    expect((await call(sandbox.url, 'DELETE', `/api/v1/user/${segment}/mfa/${key.id}`, { token })).status).toBe(204);
    expect((await call(sandbox.url, 'DELETE', `/api/v1/user/${segment}/mfa/${key.id}`, { token })).status).toBe(404);
    const { email, password } = sandbox.demo.plainUser;
    expect(tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token).toBeDefined();
  });

  test("another user's id is forbidden", async () => {
    const result = await call(sandbox.url, 'DELETE', `/api/v1/user/${sandbox.demo.mfaUser.id}/mfa/1`, { token });
    expect(result.status).toBe(403);
    expect(result.json).toMatchObject({ error_code: 1104, error_token: 'Forbidden' });
  });
});

describe('lookups and the user record', () => {
  test('status and type lookups use `description`', async () => {
    expect((await call(sandbox.url, 'GET', '/api/v1/user/mfa/status', { token })).json).toEqual([
      { id: 0, description: 'Activation Pending' },
      { id: 1, description: 'Active' },
    ]);
    const types = await call(sandbox.url, 'GET', '/api/v1/user/mfa/type', { token });
    expect(types.json).toEqual([{ id: 0, description: 'Time-Based One-Time Password' }]);
  });

  test('the user can be read by id or username, only their own, and only with a bearer', async () => {
    const { id, email } = sandbox.demo.plainUser;
    const byName = await call(sandbox.url, 'GET', `/api/v1/user/${encodeURIComponent(email)}`, { token });
    expect(byName.json).toMatchObject({ id, username: email, mfa: [] });
    expect((await call(sandbox.url, 'GET', `/api/v1/user/${sandbox.demo.mfaUser.id}`, { token })).status).toBe(403);
    const anonymous = await call(sandbox.url, 'GET', `/api/v1/user/${id}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).toBe('');
  });
});
