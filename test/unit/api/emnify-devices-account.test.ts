import { describe, expect, it } from 'vitest';
import {
  createEmnifyClient,
  createMemoryTokenStore,
  TRUSTED_DEVICE_LIFETIME_MS,
} from '../../../lib/api/emnify';
import { ApiError, UnexpectedResponseError, WrongOldPasswordError } from '../../../lib/api/errors';
import { emptyResponse, fakeFetch, jsonResponse, SHA1_OF_PASSWORD, type FakeHandler } from './fake-fetch';

function setup(handler: FakeHandler) {
  const fake = fakeFetch(handler);
  const tokens = createMemoryTokenStore({ authToken: 'AUTH', refreshToken: 'R' });
  const client = createEmnifyClient({ baseUrl: 'https://api.test', tokens, fetch: fake.fetch });
  return { client, tokens, calls: fake.calls };
}

describe('trusted devices', () => {
  it('lists own devices, reading both timestamp forms and computing the expiry', async () => {
    const { client, calls } = setup(() =>
      jsonResponse(200, [
        { id: 16, operating_system: 'Ubuntu 16.04.2 LTS (Xenial)', browser: 'Mozilla Firefox', activation_date: '2019-03-01T16:04:20.000Z' },
        { id: 17, operating_system: 'Windows', browser: 'Chrome', activation_date: '2019-03-01T16:04:20+0000' },
        { id: 18 },
      ]),
    );
    const devices = await client.listTrustedDevices();
    expect(calls[0]).toMatchObject({ method: 'GET', path: '/api/v1/user/my/mfa/trusted_device' });
    const activated = Date.UTC(2019, 2, 1, 16, 4, 20);
    expect(devices).toEqual([
      { id: 16, operatingSystem: 'Ubuntu 16.04.2 LTS (Xenial)', browser: 'Mozilla Firefox', activatedAt: activated, expiresAt: activated + TRUSTED_DEVICE_LIFETIME_MS },
      { id: 17, operatingSystem: 'Windows', browser: 'Chrome', activatedAt: activated, expiresAt: activated + TRUSTED_DEVICE_LIFETIME_MS },
      { id: 18 },
    ]);
    expect(TRUSTED_DEVICE_LIFETIME_MS).toBe(90 * 86_400_000);
  });

  it('lists and deletes by user id, and deletes own devices', async () => {
    const { client, calls } = setup((call) => (call.method === 'GET' ? jsonResponse(200, []) : emptyResponse(204)));
    await client.listTrustedDevices({ userId: 9 });
    await client.deleteTrustedDevice(16);
    await client.deleteTrustedDevice(17, { userId: 9 });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /api/v1/user/9/mfa/trusted_device',
      'DELETE /api/v1/user/my/mfa/trusted_device/16',
      'DELETE /api/v1/user/9/mfa/trusted_device/17',
    ]);
    expect(calls.every((c) => c.headers.authorization === 'Bearer AUTH')).toBe(true);
  });

  it('a malformed timestamp is UnexpectedResponseError naming the field', async () => {
    const { client } = setup(() => jsonResponse(200, [{ id: 1, activation_date: 'yesterday' }]));
    await expect(client.listTrustedDevices()).rejects.toMatchObject({
      name: 'UnexpectedResponseError',
      fields: ['0.activation_date'],
    });
  });

  it('deleting an unknown device is ApiError 404', async () => {
    const { client } = setup(() => jsonResponse(404, { error_code: 1201, error_token: 'NotFound' }));
    await expect(client.deleteTrustedDevice(99)).rejects.toMatchObject({ status: 404, errorCode: 1201 });
  });
});

describe('account activation', () => {
  it('activates publicly with activationKey (camelCase) and the hashed password', async () => {
    const { client, calls } = setup(() => emptyResponse(204));
    await client.activateAccount({ activationKey: 'key-from-mail', password: 'password' });
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/v1/user/activation' });
    expect(calls[0]?.json).toEqual({ activationKey: 'key-from-mail', password: SHA1_OF_PASSWORD });
    expect(calls[0]?.headers.authorization).toBeUndefined();
  });

  it('resends publicly with the reCAPTCHA token', async () => {
    const { client, calls } = setup(() => emptyResponse(204));
    await client.resendActivation({ username: 'user@domain.com', recaptchaToken: 'sandbox-recaptcha-ok' });
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/v1/user/activation_resend' });
    expect(calls[0]?.json).toEqual({ username: 'user@domain.com', 'g-recaptcha-response': 'sandbox-recaptcha-ok' });
    expect(calls[0]?.headers.authorization).toBeUndefined();
  });

  it('a 400 on activation is ApiError', async () => {
    const { client } = setup(() => emptyResponse(400));
    await expect(client.activateAccount({ activationKey: 'k', password: 'p' })).rejects.toThrow(ApiError);
  });
});

describe('change password', () => {
  it('sends both passwords hashed, then drops the tokens', async () => {
    const { client, tokens, calls } = setup(() => emptyResponse(204));
    await client.changePassword({ oldPassword: 'password', newPassword: 'new secret' });
    expect(calls[0]).toMatchObject({
      method: 'PATCH',
      path: '/api/v1/user/password',
      headers: { authorization: 'Bearer AUTH' },
    });
    // `printf 'new secret' | sha1sum`
    expect(calls[0]?.json).toEqual({
      old_password: SHA1_OF_PASSWORD,
      new_password: '950a376e47f2f00331f42dd65c7fc7eb39265ba2',
    });
    expect(calls[0]?.body).not.toContain('new secret');
    expect(await tokens.get()).toBeUndefined();
  });

  it('a wrong old password (422, 1002) is WrongOldPasswordError and keeps the session', async () => {
    const { client, tokens } = setup(() =>
      jsonResponse(422, { error_code: 1002, error_token: 'Failed', message: 'Invalid old password', errors: [] }),
    );
    const error = await client.changePassword({ oldPassword: 'x', newPassword: 'y' }).catch((e) => e);
    expect(error).toBeInstanceOf(WrongOldPasswordError);
    expect(error).toMatchObject({
      name: 'WrongOldPasswordError',
      message: 'Invalid old password',
      serverMessage: 'Invalid old password',
    });
    expect(error.cause).toBeInstanceOf(ApiError);
    expect(await tokens.get()).toBeDefined();
  });

  it('a wrong old password without a server sentence says the generic one', async () => {
    const { client } = setup(() => emptyResponse(422));
    const error = await client.changePassword({ oldPassword: 'x', newPassword: 'y' }).catch((e) => e);
    expect(error).toBeInstanceOf(WrongOldPasswordError);
    expect(error.message).toBe('The current password is not right.');
  });

  it('a success answer with a body is refused rather than taken for success', async () => {
    const { client } = setup(() => jsonResponse(200, { unexpected: true }));
    await expect(client.changePassword({ oldPassword: 'x', newPassword: 'y' })).rejects.toThrow(
      UnexpectedResponseError,
    );
  });
});
