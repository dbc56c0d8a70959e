// Trusted-device list and removal (docs/api-contract.md §1.4).
import { beforeEach, describe, expect, test } from 'vitest';
import {
  MID_STEP_MS,
  authenticate,
  call,
  mfaLogin,
  passwordLogin,
  resetSandbox,
  setServerTime,
  tokensOf,
} from './sandbox-client';
import { useSandbox } from './use-sandbox';

const sandbox = useSandbox();
let token: string;
const device = {
  fingerprint: '0123456789abcdef0123456789abcdef',
  operating_system: 'Linux',
  browser: 'Chromium',
  name: 'Desk',
};

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  await setServerTime(sandbox.url, MID_STEP_MS);
  const { email, password, mfaSecret } = sandbox.demo.mfaUser;
  const login = await mfaLogin(sandbox.url, email, password, mfaSecret, MID_STEP_MS, { trusted_device: device });
  token = tokensOf(login).auth_token ?? '';
});

function listPaths(): string[] {
  return [
    '/api/v1/user/mfa/trusted_device',
    '/api/v1/user/my/mfa/trusted_device',
    `/api/v1/user/${sandbox.demo.mfaUser.id}/mfa/trusted_device`,
  ];
}

test.each([0, 1, 2])('list path %i shows id, OS, browser and a +0000 date, never the fingerprint', async (index) => {
  const result = await call(sandbox.url, 'GET', listPaths()[index] ?? '', { token });
  expect(result.status).toBe(200);
  const items = result.json as Record<string, unknown>[];
  expect(items).toHaveLength(1);
  expect(Object.keys(items[0] ?? {}).sort()).toEqual(['activation_date', 'browser', 'id', 'operating_system']);
  expect(items[0]?.activation_date).toBe('2030-01-01T00:00:10+0000');
  expect(result.text).not.toContain(device.fingerprint);
});

test.each([0, 1, 2])('delete path %i → 204, then 404 InvalidReference, and the browser needs a code again', async (index) => {
  const [item] = (await call(sandbox.url, 'GET', listPaths()[0] ?? '', { token })).json as { id: number }[];
  const path = `${listPaths()[index]}/${item?.id}`;
  expect((await call(sandbox.url, 'DELETE', path, { token })).status).toBe(204);
  const again404 = await call(sandbox.url, 'DELETE', path, { token });
  expect(again404.status).toBe(404);
  // An unknown id is a bad reference, as for MFA keys; 1201 NotFound is kept for unknown paths.
  expect(again404.json).toMatchObject({ error_code: 1401, error_token: 'InvalidReference' });
  const { email, password } = sandbox.demo.mfaUser;
  const again = await passwordLogin(sandbox.url, email, password, { fingerprint: device.fingerprint });
  expect(tokensOf(again).mfa_token).toBeDefined();
});

describe('expiry and ownership', () => {
  test("the control API's raw list shows expired devices and fingerprints; others' lists are forbidden", async () => {
    await setServerTime(sandbox.url, MID_STEP_MS + (90 * 86_400 + 30) * 1000);
    const email = encodeURIComponent(sandbox.demo.mfaUser.email);
    const raw = await call(sandbox.url, 'GET', `/__sandbox/users/${email}/trusted-devices`);
    expect(raw.json).toMatchObject([{ fingerprint: device.fingerprint, expired: true }]);
    const plain = sandbox.demo.plainUser;
    const otherToken = tokensOf(await passwordLogin(sandbox.url, plain.email, plain.password)).auth_token;
    const path = `/api/v1/user/${sandbox.demo.mfaUser.id}/mfa/trusted_device`;
    expect((await call(sandbox.url, 'GET', path, { token: otherToken })).status).toBe(403);
  });

  test('after 90 days the device is no longer listed', async () => {
    const { email, password, mfaSecret } = sandbox.demo.mfaUser;
    const login = tokensOf(await mfaLogin(sandbox.url, email, password, mfaSecret, MID_STEP_MS + 30_000));
    await setServerTime(sandbox.url, MID_STEP_MS + (90 * 86_400 + 30) * 1000);
    const fresh = tokensOf(await authenticate(sandbox.url, { refresh_token: login.refresh_token })).auth_token;
    expect((await call(sandbox.url, 'GET', '/api/v1/user/mfa/trusted_device', { token: fresh })).json).toEqual([]);
  });
});

describe('a user whose server ignores trusted_device', () => {
  test('step 2 still logs in, registers nothing, and the fingerprint does not skip the code', async () => {
    const { email, password, mfaSecret } = sandbox.demo.mfaUser;
    const path = `/__sandbox/users/${encodeURIComponent(email)}/ignore-trusted-device`;
    expect((await call(sandbox.url, 'POST', path, { json: { ignore: true } })).status).toBe(204);
    const other = { ...device, fingerprint: 'fedcba9876543210fedcba9876543210' };
    const login = await mfaLogin(sandbox.url, email, password, mfaSecret, MID_STEP_MS + 30_000, { trusted_device: other });
    expect(tokensOf(login).auth_token).toBeDefined();
    const listed = (await call(sandbox.url, 'GET', '/api/v1/user/mfa/trusted_device', { token: tokensOf(login).auth_token })).json;
    // Only the device the setup registered.
    expect(listed).toHaveLength(1);
    const again = await passwordLogin(sandbox.url, email, password, { fingerprint: other.fingerprint });
    expect(tokensOf(again).mfa_token).toBeDefined();
  });

  test('the switch needs a boolean and a known user', async () => {
    const email = encodeURIComponent(sandbox.demo.mfaUser.email);
    expect((await call(sandbox.url, 'POST', `/__sandbox/users/${email}/ignore-trusted-device`, { json: { ignore: 'yes' } })).status).toBe(400);
    expect((await call(sandbox.url, 'POST', '/__sandbox/users/nobody%40example.org/ignore-trusted-device', { json: { ignore: true } })).status).toBe(404);
  });
});
