import { describe, expect, it } from 'vitest';
import { createAmadisClient, type AmadisClientOptions } from '../../../lib/api/amadis';
import { ApiError, UnexpectedResponseError, WrongOldPasswordError } from '../../../lib/api/errors';
import { emptyResponse, fakeFetch, jsonResponse, type FakeHandler } from './fake-fetch';

const SECRET = Uint8Array.from({ length: 32 }, (_v, i) => i * 7);
const SECRET_B64 = Buffer.from(SECRET).toString('base64');

function setup(handler: FakeHandler, options: Partial<AmadisClientOptions> = {}) {
  const fake = fakeFetch(handler);
  const client = createAmadisClient({ baseUrl: 'https://amadis.test/base/', fetch: fake.fetch, ...options });
  return { client, calls: fake.calls };
}

const registered = (userId: unknown, secret = SECRET_B64, extra = {}) =>
  jsonResponse(201, { status: 'success', data: { user_id: userId, user_secret: secret, ...extra } });

describe('register', () => {
  it('posts a form and returns the user id and the 32-byte secret', async () => {
    const { client, calls } = setup(() => registered('u-17'));
    const result = await client.register({ name: 'Ann Example', email: 'ann@example.org', password: 'p&ss word' });
    expect(result).toEqual({ userId: 'u-17', secret: SECRET });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: 'https://amadis.test/base/api/user/v1/register',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    });
    expect(calls[0]?.form).toEqual({ name: 'Ann Example', email: 'ann@example.org', password: 'p&ss word' });
    expect(calls[0]?.body).toBe('name=Ann+Example&email=ann%40example.org&password=p%26ss+word');
    expect(calls[0]?.headers.authorization).toBeUndefined();
  });

  it('accepts a numeric user_id and the newer data.id', async () => {
    const { client } = setup(() => registered(17, SECRET_B64, { id: 'abc' }));
    expect((await client.register({ name: 'n', email: 'e', password: 'p' })).userId).toBe('17');
  });

  it.each([
    ['16 bytes', Buffer.alloc(16, 1).toString('base64')],
    ['33 bytes', Buffer.alloc(33, 1).toString('base64')],
    ['not Base64', 'not base64 at all!'],
  ])('refuses a secret of %s without echoing it', async (_label, secret) => {
    const { client } = setup(() => registered(1, secret));
    const error = await client.register({ name: 'n', email: 'e', password: 'p' }).catch((e) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.fields).toEqual(['data.user_secret']);
    expect(error.message).not.toContain(secret);
    expect(JSON.stringify(error.cause?.issues ?? [])).not.toContain(secret);
  });

  it('refuses an answer that is not a success', async () => {
    const { client } = setup(() => jsonResponse(201, { status: 'fail', data: { user_id: 1, user_secret: SECRET_B64 } }));
    await expect(client.register({ name: 'n', email: 'e', password: 'p' })).rejects.toThrow(UnexpectedResponseError);
  });
});

describe('change password', () => {
  it('patches a form with oldpassword and newpassword', async () => {
    const { client, calls } = setup(() => jsonResponse(200, { status: 'success' }));
    await client.changePassword({ email: 'a@b.c', oldPassword: 'old', newPassword: 'new' });
    expect(calls[0]).toMatchObject({ method: 'PATCH', path: '/base/api/user/v1/changepassword' });
    expect(calls[0]?.form).toEqual({ email: 'a@b.c', oldpassword: 'old', newpassword: 'new' });
  });

  it.each([
    [422, { status: 'error', message: 'Wrong old password' }, 'Wrong old password'],
    [400, { status: 'error', data: { error: 'Old password is incorrect' } }, 'Old password is incorrect'],
  ])('a %i means the old password is wrong, in the server\'s words', async (status, body, sentence) => {
    const { client } = setup(() => jsonResponse(status, body));
    const error = await client.changePassword({ email: 'a', oldPassword: 'old-secret', newPassword: 'n' }).catch((e) => e);
    expect(error).toBeInstanceOf(WrongOldPasswordError);
    expect(error).toMatchObject({ name: 'WrongOldPasswordError', message: sentence, serverMessage: sentence });
    expect(error.cause).toMatchObject({ name: 'ApiError', status });
    expect(error.message).not.toContain('old-secret');
  });

  it.each([
    ['an empty body', () => emptyResponse(400)],
    ['an HTML page', () => new Response('<html>Bad request</html>', { status: 422 })],
  ])('a refusal with %s says the generic sentence', async (_label, response) => {
    const { client } = setup(response);
    const error = await client.changePassword({ email: 'a', oldPassword: 'o', newPassword: 'n' }).catch((e) => e);
    expect(error).toBeInstanceOf(WrongOldPasswordError);
    expect(error.message).toBe('The current password is not right.');
    expect(error.serverMessage).toBeUndefined();
  });

  it('a runaway server sentence is cut to 300 characters', async () => {
    const { client } = setup(() => jsonResponse(400, { status: 'error', data: { error: 'w'.repeat(5000) } }));
    const error = await client.changePassword({ email: 'a', oldPassword: 'o', newPassword: 'n' }).catch((e) => e);
    expect(error).toBeInstanceOf(WrongOldPasswordError);
    expect(error.message).toBe(`${'w'.repeat(300)}…`);
  });

  it('other errors stay ApiError', async () => {
    const { client } = setup(() => jsonResponse(404, { status: 'error', message: 'No such user' }));
    await expect(client.changePassword({ email: 'a', oldPassword: 'o', newPassword: 'n' })).rejects.toMatchObject({
      name: 'ApiError',
      message: 'No such user',
    });
  });
});

describe('reset password', () => {
  it('returns the generated password', async () => {
    const { client, calls } = setup(() =>
      jsonResponse(200, { status: 'success', data: { email: 'a@b.c', password: 'Gen3rated!' } }),
    );
    expect(await client.resetPassword({ email: 'a@b.c' })).toBe('Gen3rated!');
    expect(calls[0]).toMatchObject({ method: 'PATCH', path: '/base/api/user/v1/resetpassword', form: { email: 'a@b.c' } });
  });

  it('a missing password is UnexpectedResponseError', async () => {
    const { client } = setup(() => jsonResponse(200, { status: 'success', data: { email: 'a@b.c' } }));
    await expect(client.resetPassword({ email: 'a@b.c' })).rejects.toMatchObject({
      name: 'UnexpectedResponseError',
      fields: ['data.password'],
    });
  });
});

describe('bearer token', () => {
  it('sends a token configured on the profile', async () => {
    const { client, calls } = setup(() => jsonResponse(200, { status: 'success' }), { accessToken: 'PROFILE' });
    await client.changePassword({ email: 'a', oldPassword: 'o', newPassword: 'n' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.headers.authorization).toBe('Bearer PROFILE');
  });

  it('fetches one with client credentials, shares it, and caches it until expires_in', async () => {
    let now = 1_000_000;
    let issued = 0;
    const { client, calls } = setup(
      (call) => {
        if (call.path.endsWith('/oauth/token')) {
          issued += 1;
          return jsonResponse(200, { token_type: 'Bearer', expires_in: 3600, access_token: `T${issued}` });
        }
        return jsonResponse(200, { status: 'success' });
      },
      { clientCredentials: { clientId: 'cid', clientSecret: 'csecret', terminalId: 'term-1' }, now: () => now },
    );
    const change = () => client.changePassword({ email: 'a', oldPassword: 'o', newPassword: 'n' });
    await Promise.all([change(), change()]);
    await change();
    const tokenCalls = calls.filter((c) => c.path.endsWith('/oauth/token'));
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]).toMatchObject({
      method: 'POST',
      path: '/base/oauth/token',
      form: { grant_type: 'client_credentials', client_id: 'cid', client_secret: 'csecret', terminalid: 'term-1' },
    });
    expect(calls.filter((c) => c.headers.authorization === 'Bearer T1')).toHaveLength(3);

    now += 3600 * 1000;
    await change();
    expect(calls.at(-2)?.path).toBe('/base/oauth/token');
    expect(calls.at(-1)?.headers.authorization).toBe('Bearer T2');
  });

  it('forgets a fetched token the server refuses', async () => {
    let issued = 0;
    const { client, calls } = setup(
      (call) => {
        if (call.path.endsWith('/oauth/token')) {
          issued += 1;
          return jsonResponse(200, { token_type: 'bearer', expires_in: '3600', access_token: `T${issued}` });
        }
        return call.headers.authorization === 'Bearer T2'
          ? jsonResponse(200, { status: 'success', data: { email: 'a', password: 'x' } })
          : jsonResponse(401, {});
      },
      { clientCredentials: { clientId: 'cid', clientSecret: 'csecret' } },
    );
    await expect(client.resetPassword({ email: 'a' })).rejects.toThrow(ApiError);
    await expect(client.resetPassword({ email: 'a' })).resolves.toBe('x');
    expect(calls.filter((c) => c.path.endsWith('/oauth/token'))).toHaveLength(2);
    expect(calls[0]?.form).not.toHaveProperty('terminalid');
  });

  it('a refused token request is ApiError without the client secret in it', async () => {
    const { client } = setup(() => jsonResponse(401, { error: 'invalid_client' }), {
      clientCredentials: { clientId: 'cid', clientSecret: 'csecret' },
    });
    const error = await client.resetPassword({ email: 'a' }).catch((e) => e);
    expect(error).toMatchObject({ name: 'ApiError', status: 401, path: '/oauth/token' });
    expect(error.message).not.toContain('csecret');
  });
});
