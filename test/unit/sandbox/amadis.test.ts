// Amadis user API and OAuth token (docs/api-contract.md §2): form bodies in, JSON out.
import { describe, expect, test } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { call } from './sandbox-client';
import { useSandbox } from './use-sandbox';

const sandbox = useSandbox();


async function register(base: string, email: string, token?: string) {
  const form = { name: 'Ada', email, password: 'first-password' };
  return call(base, 'POST', '/api/user/v1/register', { form, token });
}

describe('register', () => {
  test('201 with user_id (string), id (number) and a 32-byte base64 user_secret; a duplicate is 409', async () => {
    const result = await register(sandbox.url, 'ada@amadis.test');
    expect(result.status).toBe(201);
    const data = (result.json as { status: string; data: { user_id: string; id: number; user_secret: string } }).data;
    expect((result.json as { status: string }).status).toBe('success');
    expect(data.user_id).toBe(String(data.id));
    expect(Buffer.from(data.user_secret, 'base64')).toHaveLength(32);
    expect((await register(sandbox.url, 'ADA@amadis.test')).status).toBe(409);
  });

  test('a JSON body or a missing field is refused with the message in data.error', async () => {
    const fields = { name: 'A', email: 'a@b.c', password: 'p' };
    const json = await call(sandbox.url, 'POST', '/api/user/v1/register', { json: fields });
    expect(json.status).toBe(400);
    const missing = await call(sandbox.url, 'POST', '/api/user/v1/register', { form: { name: 'A', email: 'x@amadis.test' } });
    expect(missing.json).toMatchObject({ status: 'error', data: { error: expect.stringContaining('password') } });
  });
});

describe('passwords', () => {
  test('change: wrong old → 400, right → 200; a reset password works as the old one', async () => {
    await register(sandbox.url, 'grace@amadis.test');
    const change = (oldpassword: string, newpassword: string) =>
      call(sandbox.url, 'PATCH', '/api/user/v1/changepassword', {
        form: { email: 'grace@amadis.test', oldpassword, newpassword },
      });
    const wrong = await change('nope', 'second');
    expect(wrong.status).toBe(400);
    expect(wrong.json).toEqual({ status: 'error', data: { error: expect.any(String) } });
    expect((await change('first-password', 'second')).json).toEqual({ status: 'success' });
    const reset = await call(sandbox.url, 'PATCH', '/api/user/v1/resetpassword', { form: { email: 'grace@amadis.test' } });
    const data = (reset.json as { data: { email: string; password: string } }).data;
    expect(data.email).toBe('grace@amadis.test');
    expect((await change('second', 'third')).status).toBe(400);
    expect((await change(data.password, 'third')).status).toBe(200);
  });

  test('legacy servers answer a wrong old password with 422 and a top-level message', async () => {
    const legacy = await startSandbox({ port: 0, quiet: true, amadisLegacyErrors: true });
    try {
      await register(legacy.url, 'old@amadis.test');
      const wrong = await call(legacy.url, 'PATCH', '/api/user/v1/changepassword', {
        form: { email: 'old@amadis.test', oldpassword: 'nope', newpassword: 'x' },
      });
      expect(wrong.status).toBe(422);
      expect(wrong.json).toEqual({ status: 'error', message: expect.any(String) });
    } finally {
      await legacy.close();
    }
  });
});

describe('OAuth token and the optional bearer', () => {
  test('client_credentials gives a Bearer token; a wrong secret is 401 invalid_client', async () => {
    const { clientId, clientSecret } = sandbox.demo.amadisClient;
    const form = { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret };
    const ok = await call(sandbox.url, 'POST', '/oauth/token', { form: { ...form, terminalid: 'T1' } });
    expect(ok.json).toEqual({ token_type: 'Bearer', expires_in: 3600, access_token: expect.any(String) });
    const bad = await call(sandbox.url, 'POST', '/oauth/token', { form: { ...form, client_secret: 'x' } });
    expect(bad.status).toBe(401);
    expect(bad.json).toMatchObject({ error: 'invalid_client' });
  });

  test('with amadisRequireBearer the user API needs that token', async () => {
    const strict = await startSandbox({ port: 0, quiet: true, amadisRequireBearer: true });
    try {
      expect((await register(strict.url, 'b@amadis.test')).status).toBe(401);
      const { clientId, clientSecret } = strict.demo.amadisClient;
      const form = { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret };
      const issued = await call(strict.url, 'POST', '/oauth/token', { form });
      const token = (issued.json as { access_token: string }).access_token;
      expect((await register(strict.url, 'b@amadis.test', token)).status).toBe(201);
    } finally {
      await strict.close();
    }
  });
});
