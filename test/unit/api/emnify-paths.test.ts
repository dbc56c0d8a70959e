// Ids and usernames in paths: checked, encoded, and never repeated in an error message.
import { describe, expect, it } from 'vitest';
import { createEmnifyClient, createMemoryTokenStore } from '../../../lib/api/emnify';
import { joinPath, param, segment, userPath } from '../../../lib/api/emnify-paths';
import {
  InvalidPathSegmentError,
  NotJsonError,
  RequestAbortedError,
  UnexpectedResponseError,
} from '../../../lib/api/errors';
import { emptyResponse, fakeFetch, jsonResponse, type FakeHandler } from './fake-fetch';

function setup(handler: FakeHandler) {
  const fake = fakeFetch(handler);
  const tokens = createMemoryTokenStore({ authToken: 'AUTH', refreshToken: 'R' });
  const client = createEmnifyClient({ baseUrl: 'https://api.test', tokens, fetch: fake.fetch });
  return { client, calls: fake.calls };
}

describe('segment', () => {
  it.each([
    [0, '0'],
    [44, '44'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    ['user@org.com', 'user%40org.com'],
    ['a/b?c#d', 'a%2Fb%3Fc%23d'],
    ['...', '...'],
  ])('encodes %j', (value, expected) => {
    expect(segment(value)).toBe(expected);
  });

  it.each(['', '.', '..', -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 1e21])(
    'refuses %j with a typed error that does not repeat it',
    (value) => {
      let error: unknown;
      try {
        segment(value);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InvalidPathSegmentError);
      expect(error).toMatchObject({ name: 'InvalidPathSegmentError' });
      expect((error as Error).message).toBe('An id or username for this request is empty or not valid.');
    },
  );

  it('a refused id sends nothing', async () => {
    const { client, calls } = setup(() => emptyResponse(204));
    await expect(client.deleteTrustedDevice(-1)).rejects.toThrow(InvalidPathSegmentError);
    await expect(client.deleteMfaKey(1, { userId: '..' })).rejects.toThrow(InvalidPathSegmentError);
    await expect(client.getUser('.')).rejects.toThrow(InvalidPathSegmentError);
    await expect(client.listTrustedDevices({ userId: '' })).rejects.toThrow(InvalidPathSegmentError);
    await expect(client.activateMfaKey(Number.NaN, '123456')).rejects.toThrow(InvalidPathSegmentError);
    expect(calls).toHaveLength(0);
  });
});

describe('routes', () => {
  it('pair each path with its pattern', () => {
    expect(userPath()).toEqual({ path: '/api/v1/user/my', route: '/api/v1/user/my' });
    expect(userPath('a@b.c')).toEqual({ path: '/api/v1/user/a%40b.c', route: '/api/v1/user/{user_id}' });
    expect(joinPath(userPath(9), '/mfa', param('key_id', 44))).toEqual({
      path: '/api/v1/user/9/mfa/44',
      route: '/api/v1/user/{user_id}/mfa/{key_id}',
    });
  });
});

describe('an e-mail address in the path stays out of messages', () => {
  const EMAIL = 'someone@example.com';
  const forms = [EMAIL, encodeURIComponent(EMAIL), 'someone'];

  async function failedGetUser(handler: FakeHandler, signal?: AbortSignal) {
    const { client, calls } = setup(handler);
    const error = await client.getUser(EMAIL, { signal }).catch((e: unknown) => e);
    return { error: error as Error & { route?: string; path?: string }, calls };
  }

  function expectNoEmail(error: Error) {
    for (let current: unknown = error; current instanceof Error; current = current.cause) {
      for (const form of forms) {
        expect(current.message).not.toContain(form);
        expect(String(current)).not.toContain(form);
      }
    }
  }

  it('NotJsonError', async () => {
    const { error, calls } = await failedGetUser(() => new Response('<html>hi</html>', { status: 200 }));
    expect(calls[0]?.path).toBe('/api/v1/user/someone%40example.com');
    expect(error).toBeInstanceOf(NotJsonError);
    expect(error.message).toContain('GET /api/v1/user/{user_id}');
    expect(error.route).toBe('/api/v1/user/{user_id}');
    expectNoEmail(error);
  });

  it('UnexpectedResponseError', async () => {
    const { error } = await failedGetUser(() => jsonResponse(200, { username: EMAIL }));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.message).toContain('/api/v1/user/{user_id}');
    expectNoEmail(error);
  });

  it('RequestAbortedError', async () => {
    const { error, calls } = await failedGetUser(() => jsonResponse(200, { id: 1 }), AbortSignal.abort());
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(calls).toHaveLength(0);
    expectNoEmail(error);
  });

  it('ApiError', async () => {
    const { error } = await failedGetUser(() => jsonResponse(404, { error_code: 1201, error_token: 'NotFound' }));
    expect(error).toMatchObject({ name: 'ApiError', status: 404, route: '/api/v1/user/{user_id}' });
    expectNoEmail(error);
  });
});
