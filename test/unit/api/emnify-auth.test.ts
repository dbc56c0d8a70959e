import { describe, expect, it } from 'vitest';
import { createEmnifyClient, createMemoryTokenStore, hashPasswordForEmnify } from '../../../lib/api/emnify';
import { ApiError, UnexpectedResponseError } from '../../../lib/api/errors';
import { emptyResponse, fakeFetch, jsonResponse, SHA1_OF_PASSWORD, type FakeHandler } from './fake-fetch';

function setup(handler: FakeHandler) {
  const fake = fakeFetch(handler);
  const tokens = createMemoryTokenStore();
  const client = createEmnifyClient({ baseUrl: 'https://api.test', tokens, fetch: fake.fetch });
  return { client, tokens, calls: fake.calls };
}

describe('hashPasswordForEmnify', () => {
  it('is lowercase hex SHA-1 of the UTF-8 bytes', async () => {
    expect(await hashPasswordForEmnify('password')).toBe(SHA1_OF_PASSWORD);
    expect(await hashPasswordForEmnify('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    // "é" is two UTF-8 bytes (c3 a9): `printf 'é' | sha1sum`.
    expect(await hashPasswordForEmnify('é')).toBe('bf15be717ac1b080b4f1c456692825891ff5073d');
  });
});

describe('login with password', () => {
  it('sends username and the SHA-1 hex password, without a bearer, and stores the tokens', async () => {
    const { client, tokens, calls } = setup(() =>
      jsonResponse(200, { auth_token: 'A1', refresh_token: 'R1' }),
    );
    const result = await client.loginWithPassword({ username: 'user@org.com', password: 'password' });
    expect(result).toEqual({ kind: 'tokens', authToken: 'A1', refreshToken: 'R1' });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: 'https://api.test/api/v1/authenticate',
      json: { username: 'user@org.com', password: SHA1_OF_PASSWORD },
    });
    expect(calls[0]?.headers.authorization).toBeUndefined();
    expect(calls[0]?.body).not.toContain('"password":"password"');
    expect(await tokens.get()).toEqual({ authToken: 'A1', refreshToken: 'R1' });
  });

  it('returns the MFA step when the server asks for it, storing nothing', async () => {
    const { client, tokens } = setup(() => jsonResponse(200, { mfa_token: 'M1' }));
    const result = await client.loginWithPassword({ username: 'u@o.com', password: 'password' });
    expect(result).toEqual({ kind: 'mfa-required', mfaToken: 'M1' });
    expect(await tokens.get()).toBeUndefined();
  });

  it('sends the trusted-device fingerprint when it has one', async () => {
    const { client, calls } = setup(() => jsonResponse(200, { auth_token: 'A', refresh_token: 'R' }));
    await client.loginWithPassword({ username: 'u@o.com', password: 'password', fingerprint: 'fp-123' });
    expect(calls[0]?.json).toEqual({ username: 'u@o.com', password: SHA1_OF_PASSWORD, fingerprint: 'fp-123' });
  });

  it('is never retried after a failure, and keeps the server message', async () => {
    const { client, calls } = setup(() =>
      jsonResponse(401, { error_code: 1105, error_token: 'TooManyRequests', message: 'Account locked for 5 minutes' }),
    );
    const error = await client.loginWithPassword({ username: 'u@o.com', password: 'password' }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, errorToken: 'TooManyRequests', message: 'Account locked for 5 minutes' });
    expect(calls).toHaveLength(1);
    expect(error.message).not.toContain(SHA1_OF_PASSWORD);
  });

  it('an empty 401 is the generic credentials sentence, with one request only', async () => {
    const { client, calls } = setup(() => emptyResponse(401));
    await expect(client.loginWithPassword({ username: 'u', password: 'p' })).rejects.toThrow(
      'The server refused the credentials.',
    );
    expect(calls).toHaveLength(1);
  });

  it('an answer with no token at all is UnexpectedResponseError', async () => {
    const { client } = setup(() => jsonResponse(200, {}));
    await expect(client.loginWithPassword({ username: 'u', password: 'p' })).rejects.toThrow(
      UnexpectedResponseError,
    );
  });
});

describe('MFA step 2', () => {
  it('sends the current trusted_device form', async () => {
    const { client, tokens, calls } = setup(() => jsonResponse(200, { auth_token: 'A2', refresh_token: 'R2' }));
    const result = await client.completeMfaLogin({
      mfaToken: 'M1',
      code: '012345',
      trustedDevice: { fingerprint: 'fp', operatingSystem: 'Linux', browser: 'Chromium', name: 'OTP Companion' },
    });
    expect(result).toEqual({ kind: 'tokens', authToken: 'A2', refreshToken: 'R2' });
    expect(calls[0]?.json).toEqual({
      mfa_token: 'M1',
      code: '012345',
      trusted_device: { fingerprint: 'fp', operating_system: 'Linux', browser: 'Chromium', name: 'OTP Companion' },
    });
    expect(calls[0]?.json).not.toHaveProperty('fingerprint');
    expect(await tokens.get()).toEqual({ authToken: 'A2', refreshToken: 'R2' });
  });

  it('sends the code as a string and no trusted_device when not asked', async () => {
    const { client, calls } = setup(() => jsonResponse(200, { auth_token: 'A2' }));
    await client.completeMfaLogin({ mfaToken: 'M1', code: 'AB12CD' });
    expect(calls[0]?.json).toEqual({ mfa_token: 'M1', code: 'AB12CD' });
  });
});

describe('application token', () => {
  it('logs in with the application token alone', async () => {
    const { client, tokens, calls } = setup(() => jsonResponse(200, { auth_token: 'A3' }));
    expect(await client.loginWithApplicationToken('app-token')).toEqual({ kind: 'tokens', authToken: 'A3' });
    expect(calls[0]?.json).toEqual({ application_token: 'app-token' });
    expect(await tokens.get()).toEqual({ authToken: 'A3' });
  });

  it('refuses an answer that asks for MFA', async () => {
    const { client } = setup(() => jsonResponse(200, { mfa_token: 'M' }));
    await expect(client.loginWithApplicationToken('t')).rejects.toThrow(UnexpectedResponseError);
  });
});
