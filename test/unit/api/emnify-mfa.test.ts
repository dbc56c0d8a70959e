import { describe, expect, it } from 'vitest';
import { createEmnifyClient, createMemoryTokenStore } from '../../../lib/api/emnify';
import { ApiError, UnexpectedResponseError } from '../../../lib/api/errors';
import { emptyResponse, fakeFetch, jsonResponse, SHA1_OF_PASSWORD, type FakeHandler } from './fake-fetch';

function setup(handler: FakeHandler) {
  const fake = fakeFetch(handler);
  const tokens = createMemoryTokenStore({ authToken: 'AUTH', refreshToken: 'R' });
  const client = createEmnifyClient({ baseUrl: 'https://api.test/', tokens, fetch: fake.fetch });
  return { client, tokens, calls: fake.calls };
}

const CREATED = {
  id: 44,
  status: { id: 0, description: 'Activation Pending' },
  type: { id: 0, description: 'Time-Based One-Time Password' },
  secret_key: 'YZP7UN4EMN6LK2UYYDCTBNH4ZVXVEJ7C',
  otpauth: 'otpauth://totp/org:user@org.com?secret=YZP7UN4EMN6LK2UYYDCTBNH4ZVXVEJ7C&issuer=myorg&digits=6&period=30',
  creation_date: '2020-02-03T14:04:03.000Z',
};

describe('MFA keys', () => {
  it('creates a TOTP key with the hashed password and reads the one-time secret', async () => {
    const { client, calls } = setup(() => jsonResponse(200, CREATED));
    const key = await client.createMfaKey({ password: 'password' });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/user/mfa',
      headers: { authorization: 'Bearer AUTH', 'content-type': 'application/json' },
    });
    expect(calls[0]?.json).toEqual({ type: { id: 0 }, password: SHA1_OF_PASSWORD });
    expect(key).toEqual({
      id: 44,
      status: { id: 0, description: 'Activation Pending' },
      type: { id: 0, description: 'Time-Based One-Time Password' },
      secretKey: CREATED.secret_key,
      otpauth: CREATED.otpauth,
      createdAt: Date.UTC(2020, 1, 3, 14, 4, 3),
    });
  });

  it.each([
    ['a malformed creation_date', { creation_date: 'yesterday' }],
    ['malformed side fields', { creation_date: 42, otpauth: 7, status: 'pending', type: [] }],
    ['no side fields', { status: undefined, type: undefined, otpauth: undefined, creation_date: undefined }],
  ])('a creation answer with %s still yields the secret', async (_label, changes) => {
    const { client } = setup(() => jsonResponse(200, { ...CREATED, ...changes }));
    const key = await client.createMfaKey({ password: 'password' });
    expect(key.id).toBe(44);
    expect(key.secretKey).toBe(CREATED.secret_key);
    for (const field of Object.keys(changes)) {
      const camel = { creation_date: 'createdAt' }[field] ?? field;
      expect(key).toHaveProperty(camel, undefined);
    }
  });

  it.each([
    ['a malformed id', { id: 'forty-four' }],
    ['no id', { id: undefined }],
    ['an empty secret_key', { secret_key: '' }],
    ['no body fields at all but the link', { id: undefined, secret_key: undefined }],
  ])('a creation answer with %s never repeats the seed, in the error or its causes', async (_label, changes) => {
    const { client } = setup(() => jsonResponse(200, { ...CREATED, ...changes }));
    const error = await client.createMfaKey({ password: 'password' }).catch((e) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    const seed = CREATED.secret_key;
    let depth = 0;
    for (let current: unknown = error; current instanceof Error; current = current.cause) {
      depth += 1;
      expect(current.message).not.toContain(seed);
      expect(String(current)).not.toContain(seed);
      expect(JSON.stringify(current)).not.toContain(seed);
      expect(JSON.stringify((current as { issues?: unknown }).issues ?? [])).not.toContain(seed);
    }
    // The zod error is in the chain, so the loop did look at it.
    expect(depth).toBe(2);
  });

  it('a creation answer without the secret is UnexpectedResponseError', async () => {
    const { client } = setup(() => jsonResponse(200, { ...CREATED, secret_key: undefined }));
    await expect(client.createMfaKey({ password: 'password' })).rejects.toThrow(UnexpectedResponseError);
  });

  it('a 409 (already activated) is ApiError with the server message', async () => {
    const { client } = setup(() =>
      jsonResponse(409, { error_code: 1405, error_token: 'Duplicated', message: 'MFA already activated' }),
    );
    await expect(client.createMfaKey({ password: 'password' })).rejects.toMatchObject({
      status: 409,
      errorCode: 1405,
      message: 'MFA already activated',
    });
  });

  it('activates with a top-level string code', async () => {
    const { client, calls } = setup(() => emptyResponse(204));
    await expect(client.activateMfaKey(44, '012345')).resolves.toBeUndefined();
    expect(calls[0]).toMatchObject({ method: 'PATCH', path: '/api/v1/user/mfa/44' });
    expect(calls[0]?.json).toEqual({ status: { id: 1 }, code: '012345' });
  });

  it('a wrong code is ApiError 422', async () => {
    const { client } = setup(() =>
      jsonResponse(422, { error_code: 1400, message: 'MFA key validation error: Code did not match!' }),
    );
    const error = await client.activateMfaKey(44, '000000').catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('MFA key validation error: Code did not match!');
  });

  it('deletes an own key and a key by user id', async () => {
    const { client, calls } = setup(() => emptyResponse(204));
    await client.deleteMfaKey(44);
    await client.deleteMfaKey(45, { userId: 9 });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'DELETE /api/v1/user/my/mfa/44',
      'DELETE /api/v1/user/9/mfa/45',
    ]);
  });

  it('reads the status and type lookups, description or name', async () => {
    const { client, calls } = setup((call) =>
      call.path.endsWith('/status')
        ? jsonResponse(200, [
            { id: 0, description: 'Activation Pending' },
            { id: 1, name: 'Active' },
          ])
        : jsonResponse(200, [{ id: 0, description: 'Time-Based One-Time Password' }]),
    );
    expect(await client.listMfaStatuses()).toEqual([
      { id: 0, description: 'Activation Pending' },
      { id: 1, description: 'Active' },
    ]);
    expect(await client.listMfaTypes()).toEqual([{ id: 0, description: 'Time-Based One-Time Password' }]);
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/user/mfa/status', '/api/v1/user/mfa/type']);
  });
});

describe('the user record', () => {
  it('is fetched by username (percent-encoded) and lists the MFA keys with name labels', async () => {
    const { client, calls } = setup(() =>
      jsonResponse(200, {
        id: 9,
        username: 'user@org.com',
        name: 'A User',
        organisation: { id: 3 },
        mfa: [
          {
            id: 44,
            type: { id: 0, name: 'Time-Based One-Time Password' },
            status: { id: 1, name: 'Active' },
            creation_date: '2020-02-03T14:04:03+0000',
            activation_date: '2020-02-03T14:05:00.000Z',
          },
          { id: 45, status: { id: 0, name: 'Activation Pending' }, creation_date: '2020-02-04T00:00:00+0000', activation_date: null },
        ],
      }),
    );
    const user = await client.getUser('user@org.com');
    expect(calls[0]?.url).toBe('https://api.test/api/v1/user/user%40org.com');
    expect(user).toEqual({
      id: 9,
      username: 'user@org.com',
      name: 'A User',
      mfaKeys: [
        {
          id: 44,
          type: { id: 0, description: 'Time-Based One-Time Password' },
          status: { id: 1, description: 'Active' },
          createdAt: Date.UTC(2020, 1, 3, 14, 4, 3),
          activatedAt: Date.UTC(2020, 1, 3, 14, 5, 0),
        },
        { id: 45, status: { id: 0, description: 'Activation Pending' }, createdAt: Date.UTC(2020, 1, 4) },
      ],
    });
  });

  it('without an mfa list has no keys', async () => {
    const { client } = setup(() => jsonResponse(200, { id: 9 }));
    expect((await client.getUser(9)).mfaKeys).toEqual([]);
  });
});
