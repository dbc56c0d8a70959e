// Administrators: one user managing another's MFA keys and trusted devices by `{user_id}`
// (docs/api-contract.md §1.3, §1.4). All sandbox users are one organisation, so an administrator
// reaches every user and learns when an id names nobody (404); anyone else gets 403 for every
// user but themselves, whether that user exists or not.
import { beforeEach, describe, expect, test } from 'vitest';
import { MID_STEP_MS, call, createUser, mfaLogin, passwordLogin, resetSandbox, setServerTime, tokensOf } from './sandbox-client';
import { useSandbox } from './use-sandbox';

const sandbox = useSandbox();
/** Far above any id the sandbox hands out in a test (they start at 1001). */
const NOBODY = 987_654;
let adminToken: string;
let plainToken: string;

async function loginToken(email: string, password: string): Promise<string> {
  const token = tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token;
  if (!token) throw new Error(`${email} could not log in.`);
  return token;
}

/** The MFA demo user, trusted on a browser: a colleague with a device and an active key. */
async function colleagueWithDevice(): Promise<{ id: number; deviceId: number; keyId: number }> {
  const { id, email, password, mfaSecret } = sandbox.demo.mfaUser;
  const trustedDevice = { fingerprint: 'colleague-phone-0123456789abcdef', operating_system: 'Android', browser: 'Chrome' };
  const token = tokensOf(await mfaLogin(sandbox.url, email, password, mfaSecret, MID_STEP_MS, { trusted_device: trustedDevice })).auth_token;
  const [device] = (await call(sandbox.url, 'GET', '/api/v1/user/my/mfa/trusted_device', { token })).json as { id: number }[];
  const user = (await call(sandbox.url, 'GET', '/api/v1/user/my', { token })).json as { mfa: { id: number }[] };
  if (!device || !user.mfa[0]) throw new Error('The colleague has no device or no key.');
  return { id, deviceId: device.id, keyId: user.mfa[0].id };
}

beforeEach(async () => {
  await resetSandbox(sandbox.url);
  await setServerTime(sandbox.url, MID_STEP_MS);
  adminToken = await loginToken(sandbox.demo.adminUser.email, sandbox.demo.adminUser.password);
  plainToken = await loginToken(sandbox.demo.plainUser.email, sandbox.demo.plainUser.password);
});

describe('an administrator', () => {
  test('reads a colleague by id or username: the record with its keys, and the trusted devices', async () => {
    const colleague = await colleagueWithDevice();
    const record = await call(sandbox.url, 'GET', `/api/v1/user/${colleague.id}`, { token: adminToken });
    expect(record.status).toBe(200);
    expect(record.json).toMatchObject({ id: colleague.id, username: sandbox.demo.mfaUser.email, mfa: [{ id: colleague.keyId }] });
    expect(record.text).not.toContain(sandbox.demo.mfaUser.mfaSecret);
    const byName = `/api/v1/user/${encodeURIComponent(sandbox.demo.mfaUser.email)}/mfa/trusted_device`;
    for (const path of [`/api/v1/user/${colleague.id}/mfa/trusted_device`, byName]) {
      const devices = await call(sandbox.url, 'GET', path, { token: adminToken });
      expect(devices.status).toBe(200);
      expect(devices.json).toEqual([expect.objectContaining({ id: colleague.deviceId, operating_system: 'Android' })]);
    }
  });

  test("revokes a colleague's device and deletes a colleague's key (204, then 404)", async () => {
    const colleague = await colleagueWithDevice();
    const device = `/api/v1/user/${colleague.id}/mfa/trusted_device/${colleague.deviceId}`;
    expect((await call(sandbox.url, 'DELETE', device, { token: adminToken })).status).toBe(204);
    expect((await call(sandbox.url, 'DELETE', device, { token: adminToken })).status).toBe(404);
    const key = `/api/v1/user/${colleague.id}/mfa/${colleague.keyId}`;
    expect((await call(sandbox.url, 'DELETE', key, { token: adminToken })).status).toBe(204);
    expect((await call(sandbox.url, 'DELETE', key, { token: adminToken })).status).toBe(404);
    const raw = await call(sandbox.url, 'GET', `/__sandbox/users/${encodeURIComponent(sandbox.demo.mfaUser.email)}/mfa-keys`);
    expect(raw.json).toEqual([]);
    // Without a key, the colleague logs in with the password alone (and will enrol again).
    const { email, password } = sandbox.demo.mfaUser;
    expect(tokensOf(await passwordLogin(sandbox.url, email, password)).auth_token).toBeDefined();
  });

  test.each([
    ['GET', `/api/v1/user/${NOBODY}`],
    ['GET', `/api/v1/user/${NOBODY}/mfa/trusted_device`],
    ['DELETE', `/api/v1/user/${NOBODY}/mfa/trusted_device/1`],
    ['DELETE', `/api/v1/user/${NOBODY}/mfa/1`],
    ['GET', '/api/v1/user/nobody@sandbox.test'],
  ])('%s %s: an id or username naming nobody → 404 InvalidReference', async (method, path) => {
    const result = await call(sandbox.url, method, path, { token: adminToken });
    expect(result.status).toBe(404);
    expect(result.json).toMatchObject({ error_code: 1401, error_token: 'InvalidReference' });
  });

  test('still reaches its own data by its id and by `my`', async () => {
    const { id, email } = sandbox.demo.adminUser;
    for (const segment of [String(id), 'my']) {
      expect((await call(sandbox.url, 'GET', `/api/v1/user/${segment}`, { token: adminToken })).json).toMatchObject({ id, username: email });
    }
  });
});

describe('an ordinary user', () => {
  test.each([
    ['GET', (id: number) => `/api/v1/user/${id}`],
    ['GET', (id: number) => `/api/v1/user/${id}/mfa/trusted_device`],
    ['DELETE', (id: number) => `/api/v1/user/${id}/mfa/trusted_device/1`],
    ['DELETE', (id: number) => `/api/v1/user/${id}/mfa/1`],
  ])("%s of another user's data → 403, whether that user exists or not", async (method, path) => {
    for (const id of [sandbox.demo.mfaUser.id, sandbox.demo.adminUser.id, NOBODY]) {
      const result = await call(sandbox.url, method, path(id), { token: plainToken });
      expect(result.status).toBe(403);
      expect(result.json).toMatchObject({ error_code: 1104, error_token: 'Forbidden' });
    }
  });
});

describe('the control API', () => {
  test('`admin: true` makes an administrator; without it a user manages only itself', async () => {
    const admin = await createUser(sandbox.url, { email: 'second.admin@sandbox.test', password: 'pw', admin: true });
    const plain = await createUser(sandbox.url, { email: 'plain.user@sandbox.test', password: 'pw' });
    const adminAuth = await loginToken('second.admin@sandbox.test', 'pw');
    const plainAuth = await loginToken('plain.user@sandbox.test', 'pw');
    expect((await call(sandbox.url, 'GET', `/api/v1/user/${plain.id}`, { token: adminAuth })).status).toBe(200);
    expect((await call(sandbox.url, 'GET', `/api/v1/user/${admin.id}`, { token: plainAuth })).status).toBe(403);
  });

  test('refuses an `admin` that is not a boolean', async () => {
    const result = await call(sandbox.url, 'POST', '/__sandbox/users', { json: { email: 'x@sandbox.test', password: 'pw', admin: 'yes' } });
    expect(result.status).toBe(400);
    expect(result.json).toEqual({ message: 'mfa, activated and admin must be booleans.' });
  });
});
