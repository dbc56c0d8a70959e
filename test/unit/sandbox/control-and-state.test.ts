// The /__sandbox/ control API and the --state file round trip.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import {
  MID_STEP_MS,
  authenticate,
  call,
  createUser,
  mfaLogin,
  passwordLogin,
  setServerTime,
  tokensOf,
} from './sandbox-client';

const directory = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('control API', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, quiet: true });
  });
  afterAll(() => sandbox.close());

  test('listens on 127.0.0.1 only', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('users: with an active TOTP key (mfaSecret) and duplicates refused', async () => {
    const user = await createUser(sandbox.url, { email: 'made@sandbox.test', password: 'pw', mfa: true });
    expect(user).toMatchObject({
      id: expect.any(Number),
      email: 'made@sandbox.test',
      mfaSecret: expect.stringMatching(/^[A-Z2-7]{32}$/),
    });
    expect(user.activationKey).toBeUndefined();
    await setServerTime(sandbox.url, MID_STEP_MS);
    expect((await mfaLogin(sandbox.url, user.email, 'pw', user.mfaSecret ?? '', MID_STEP_MS)).status).toBe(200);
    const again = await call(sandbox.url, 'POST', '/__sandbox/users', { json: { email: user.email, password: 'x' } });
    expect(again.status).toBe(409);
    const invalid = await call(sandbox.url, 'POST', '/__sandbox/users', { json: { email: 'bad', password: 'x' } });
    expect(invalid.status).toBe(400);
  });

  test('clock: an absolute offset that returns the new server time', async () => {
    const moved = await call(sandbox.url, 'POST', '/__sandbox/clock', { json: { offsetSeconds: 3600 } });
    const body = moved.json as { offsetSeconds: number; nowMs: number; now: string };
    expect(body.offsetSeconds).toBe(3600);
    expect(Math.abs(body.nowMs - (Date.now() + 3_600_000))).toBeLessThan(2000);
    expect(new Date(body.now).getTime()).toBe(body.nowMs);
    expect((await call(sandbox.url, 'POST', '/__sandbox/clock', { json: { offsetSeconds: 'soon' } })).status).toBe(400);
  });

  test('reset: back to the seeded users, same demo secrets, real time', async () => {
    await createUser(sandbox.url, { email: 'gone@sandbox.test', password: 'pw' });
    expect((await call(sandbox.url, 'POST', '/__sandbox/reset', { json: {} })).status).toBe(204);
    expect((await passwordLogin(sandbox.url, 'gone@sandbox.test', 'pw')).status).toBe(401);
    const clock = (await call(sandbox.url, 'GET', '/__sandbox/clock')).json as { offsetSeconds: number };
    expect(clock.offsetSeconds).toBe(0);
    const app = await authenticate(sandbox.url, { application_token: sandbox.demo.plainUser.applicationToken });
    expect(app.status).toBe(200);
  });
});

describe('state file', () => {
  test('a user, a trusted device and the demo seed survive a restart', async () => {
    const stateFile = join(directory, 'state.json');
    const first = await startSandbox({ port: 0, quiet: true, stateFile });
    await createUser(first.url, { email: 'kept@sandbox.test', password: 'pw' });
    await setServerTime(first.url, MID_STEP_MS);
    const { email, password, mfaSecret } = first.demo.mfaUser;
    const fingerprint = 'kept-fingerprint-0123456789abcdef';
    const step2 = { trusted_device: { fingerprint } };
    const login = tokensOf(await mfaLogin(first.url, email, password, mfaSecret, MID_STEP_MS, step2));
    await first.close();
    expect(readFileSync(stateFile, 'utf8')).toContain('kept@sandbox.test');

    const second = await startSandbox({ port: 0, quiet: true, stateFile });
    try {
      expect(second.demo.mfaUser.mfaSecret).toBe(mfaSecret);
      await setServerTime(second.url, MID_STEP_MS + 60_000);
      expect((await passwordLogin(second.url, 'kept@sandbox.test', 'pw')).status).toBe(200);
      expect(tokensOf(await passwordLogin(second.url, email, password, { fingerprint })).auth_token).toBeDefined();
      // The JWT secret is persisted too, so an auth token from before the restart still works.
      expect((await call(second.url, 'GET', '/api/v1/user/my', { token: login.auth_token })).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  test('a state saved before the administrator demo user existed gains it, and keeps its users', async () => {
    const stateFile = join(directory, 'older.json');
    const first = await startSandbox({ port: 0, quiet: true, stateFile });
    const { adminUser, mfaUser } = first.demo;
    await first.close();
    const older = JSON.parse(readFileSync(stateFile, 'utf8')) as { users: { email: string }[] };
    older.users = older.users.filter((user) => user.email !== adminUser.email);
    writeFileSync(stateFile, JSON.stringify(older));

    const second = await startSandbox({ port: 0, quiet: true, stateFile });
    try {
      expect(second.demo.mfaUser.id).toBe(mfaUser.id);
      expect(second.demo.adminUser.email).toBe(adminUser.email);
      const login = tokensOf(await passwordLogin(second.url, adminUser.email, adminUser.password)).auth_token;
      expect((await call(second.url, 'GET', `/api/v1/user/${mfaUser.id}`, { token: login })).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  test('a file that is not a sandbox state is refused with a clear error', async () => {
    const stateFile = join(directory, 'other.json');
    writeFileSync(stateFile, '{"hello": "world"}');
    await expect(startSandbox({ port: 0, quiet: true, stateFile })).rejects.toThrow(/not a sandbox state file/);
  });
});
