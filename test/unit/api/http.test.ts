import { describe, expect, it, vi } from 'vitest';
import * as z from '../../../lib/zod';
import {
  BadServerUrlError,
  HostAccessMissingError,
  NotJsonError,
  RequestAbortedError,
  ServerUnreachableError,
  UnexpectedRedirectError,
  UnexpectedResponseError,
} from '../../../lib/api/errors';
import { createHttpClient, noContent, normaliseBaseUrl } from '../../../lib/api/http';
import { emptyResponse, fakeFetch, jsonResponse } from './fake-fetch';

const okSchema = z.object({ ok: z.boolean() });

describe('base URL and path', () => {
  it.each([
    ['https://cdn.emnify.net', 'https://cdn.emnify.net'],
    ['https://cdn.emnify.net/', 'https://cdn.emnify.net'],
    ['http://127.0.0.1:4010/prefix//', 'http://127.0.0.1:4010/prefix'],
    ['  https://example.org/api  ', 'https://example.org/api'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://LOCALHOST', 'http://localhost'],
    ['http://127.45.6.7:9', 'http://127.45.6.7:9'],
    ['http://127.1/', 'http://127.0.0.1'],
    ['http://[::1]:4010/', 'http://[::1]:4010'],
    ['http://[0:0:0:0:0:0:0:1]', 'http://[::1]'],
    ['https://10.0.0.1', 'https://10.0.0.1'],
  ])('normalises %j', (input, expected) => {
    expect(normaliseBaseUrl(input)).toBe(expected);
  });

  it.each(['', 'not a url', 'ftp://example.org', 'https://user:pw@example.org', 'https://x.org/?a=1'])(
    'refuses %j',
    (input) => {
      expect(() => normaliseBaseUrl(input)).toThrow(BadServerUrlError);
    },
  );

  it.each([
    'http://example.org',
    'http://cdn.emnify.net',
    'http://10.0.0.1:8080',
    'http://192.168.1.20',
    'http://[::2]',
    'http://[::ffff:127.0.0.1]',
    'http://127.0.0.1.example.org',
    'http://localhost.example.org',
    'http://mylocalhost',
  ])('refuses plain http to %j, saying why', (input) => {
    let error: unknown;
    try {
      normaliseBaseUrl(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BadServerUrlError);
    expect(error).toMatchObject({
      name: 'BadServerUrlError',
      reason: 'insecure',
      message: expect.stringContaining('passwords and tokens must not cross a network in clear'),
    });
  });

  it('joins without double slashes and keeps a path prefix', async () => {
    const fake = fakeFetch(() => jsonResponse(200, { ok: true }));
    const http = createHttpClient({ baseUrl: 'http://127.0.0.1:9/prefix/', fetch: fake.fetch });
    await http.request({ method: 'GET', path: '/api/v1/x', schema: okSchema });
    expect(fake.calls[0]?.url).toBe('http://127.0.0.1:9/prefix/api/v1/x');
  });

  it('refuses a path without a leading slash', async () => {
    const http = createHttpClient({ baseUrl: 'https://h', fetch: fakeFetch(() => emptyResponse(204)).fetch });
    await expect(http.request({ method: 'GET', path: 'api', schema: noContent })).rejects.toThrow(TypeError);
  });
});

describe('request shapes', () => {
  it('sends JSON with Accept, Content-Type and bearer, no cookies, and follows no redirect', async () => {
    let credentials: RequestCredentials | undefined;
    let redirect: RequestRedirect | undefined;
    const fake = fakeFetch(() => jsonResponse(200, { ok: true }));
    const http = createHttpClient({
      baseUrl: 'https://h.example',
      fetch: (input, init) => {
        credentials = init.credentials;
        redirect = init.redirect;
        return fake.fetch(input, init);
      },
    });
    const result = await http.request({
      method: 'POST',
      path: '/a',
      json: { a: 1 },
      bearer: 'tok',
      schema: okSchema,
    });
    expect(result).toEqual({ ok: true });
    expect(fake.calls[0]).toMatchObject({
      method: 'POST',
      json: { a: 1 },
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: 'Bearer tok',
      },
    });
    expect(credentials).toBe('omit');
    expect(redirect).toBe('manual');
  });

  it('puts an ApiPath in the URL and only its route in messages', async () => {
    const fake = fakeFetch(() => new Response('<html></html>', { status: 200 }));
    const http = createHttpClient({ baseUrl: 'https://h.example', fetch: fake.fetch });
    const path = { path: '/user/ann%40example.org?x=1', route: '/user/{user_id}' };
    const error = await http.request({ method: 'GET', path, schema: okSchema }).catch((e) => e);
    expect(fake.calls[0]?.url).toBe('https://h.example/user/ann%40example.org?x=1');
    expect(error).toBeInstanceOf(NotJsonError);
    expect(error).toMatchObject({ path: '/user/ann%40example.org', route: '/user/{user_id}' });
    expect(error.message).toBe(
      'The server h.example did not answer GET /user/{user_id} with data (HTTP 200): check the server address.',
    );
  });

  it('form-encodes, leaving undefined fields out', async () => {
    const fake = fakeFetch(() => jsonResponse(200, { ok: true }));
    const http = createHttpClient({ baseUrl: 'https://h.example', fetch: fake.fetch });
    await http.request({
      method: 'PATCH',
      path: '/f',
      form: { email: 'a+b@x.org', note: 'two words&more', gone: undefined },
      schema: okSchema,
    });
    expect(fake.calls[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(fake.calls[0]?.body).toBe('email=a%2Bb%40x.org&note=two+words%26more');
    expect(fake.calls[0]?.headers.authorization).toBeUndefined();
  });

  it('sends no body and no Content-Type on a GET', async () => {
    const fake = fakeFetch(() => jsonResponse(200, { ok: true }));
    const http = createHttpClient({ baseUrl: 'https://h.example', fetch: fake.fetch });
    await http.request({ method: 'GET', path: '/g', schema: okSchema });
    expect(fake.calls[0]?.body).toBeUndefined();
    expect(fake.calls[0]?.headers['content-type']).toBeUndefined();
  });
});

describe('answers', () => {
  function clientAnswering(response: () => Response) {
    return createHttpClient({ baseUrl: 'https://h.example', fetch: fakeFetch(response).fetch });
  }

  it('returns the schema output (transforms included)', async () => {
    const http = clientAnswering(() => jsonResponse(200, { n: '7' }));
    const schema = z.pipe(z.object({ n: z.string() }), z.transform((b) => Number(b.n)));
    await expect(http.request({ method: 'GET', path: '/n', schema })).resolves.toBe(7);
  });

  it.each([
    ['204', () => emptyResponse(204)],
    ['200 with an empty body', () => new Response('', { status: 200 })],
  ])('noContent accepts %s', async (_label, response) => {
    const http = clientAnswering(response);
    await expect(http.request({ method: 'DELETE', path: '/d', schema: noContent })).resolves.toBeUndefined();
  });

  it('noContent refuses a body', async () => {
    const http = clientAnswering(() => jsonResponse(200, { surprise: true }));
    await expect(http.request({ method: 'DELETE', path: '/d', schema: noContent })).rejects.toThrow(
      UnexpectedResponseError,
    );
  });

  it('names the fields that did not match, not their values', async () => {
    const http = clientAnswering(() => jsonResponse(200, { ok: 'secret-value' }));
    const error = await http.request({ method: 'GET', path: '/x?q=1', schema: okSchema }).catch((e) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.fields).toEqual(['ok']);
    expect(error.message).toBe("The server's answer to GET /x was not in the expected form (ok).");
    expect(error.message).not.toContain('secret-value');
    expect(error.cause).toBeDefined();
  });
});

describe('redirects', () => {
  // Chrome answers a `redirect: 'manual'` fetch with a status-0 response of this type.
  const opaqueRedirect = { type: 'opaqueredirect', status: 0, body: null } as unknown as Response;

  it.each([
    ['an opaque redirect (browsers)', () => opaqueRedirect],
    ['a 302 (Node)', () => new Response(null, { status: 302, headers: { Location: 'https://evil.example/x' } })],
    ['a 308 with a body', () => new Response('moved', { status: 308, headers: { Location: '/v2/a' } })],
  ])('%s is UnexpectedRedirectError, without the Location in it', async (_label, response) => {
    const http = createHttpClient({ baseUrl: 'https://h.example', fetch: fakeFetch(response).fetch });
    const error = await http.request({ method: 'POST', path: '/a', json: { p: 1 }, schema: okSchema }).catch((e) => e);
    expect(error).toBeInstanceOf(UnexpectedRedirectError);
    expect(error).toMatchObject({ name: 'UnexpectedRedirectError', method: 'POST', path: '/a' });
    expect(error.message).toBe(
      'The server h.example answered POST /a with a redirect, which was not followed: check the server address.',
    );
    expect(error.message).not.toContain('evil');
  });

  it('a 304 is not taken for a redirect', async () => {
    const http = createHttpClient({ baseUrl: 'https://h.example', fetch: fakeFetch(() => emptyResponse(304)).fetch });
    await expect(http.request({ method: 'GET', path: '/a', schema: okSchema })).rejects.toMatchObject({
      name: 'ApiError',
      status: 304,
    });
  });
});

describe('failures before an answer', () => {
  it('a rejected fetch is ServerUnreachableError with the cause kept', async () => {
    const cause = new TypeError('fetch failed');
    const http = createHttpClient({ baseUrl: 'https://h.example', fetch: () => Promise.reject(cause) });
    const error = await http.request({ method: 'GET', path: '/u', schema: okSchema }).catch((e) => e);
    expect(error).toBeInstanceOf(ServerUnreachableError);
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('h.example');
  });

  it('a rejected fetch without host access is HostAccessMissingError; with it, or when the check fails, unreachable', async () => {
    const cause = new TypeError('NetworkError when attempting to fetch resource.');
    const withAccess = (answer: (baseUrl: string) => Promise<boolean>) =>
      createHttpClient({ baseUrl: 'https://h.example:8443', fetch: () => Promise.reject(cause), hasHostAccess: answer });
    const revoked = await withAccess(async () => false).request({ method: 'GET', path: '/u', schema: okSchema }).catch((e) => e);
    expect(revoked).toBeInstanceOf(HostAccessMissingError);
    expect(revoked.cause).toBe(cause);
    expect(revoked.message).toContain('h.example:8443');
    const granted = withAccess(async () => true);
    await expect(granted.request({ method: 'GET', path: '/u', schema: okSchema })).rejects.toThrow(ServerUnreachableError);
    const unknown = withAccess(() => Promise.reject(new Error('no permissions API')));
    await expect(unknown.request({ method: 'GET', path: '/u', schema: okSchema })).rejects.toThrow(ServerUnreachableError);
  });

  it('asks about host access only when fetch failed, not after an answer or an abort', async () => {
    const hasHostAccess = vi.fn(async (_baseUrl: string) => false);
    const answering = createHttpClient({ baseUrl: 'https://h.example', fetch: async () => jsonResponse(500, {}), hasHostAccess });
    await expect(answering.request({ method: 'GET', path: '/u', schema: okSchema })).rejects.toMatchObject({ status: 500 });
    const aborting = createHttpClient({
      baseUrl: 'https://h.example',
      fetch: (_url, init) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      hasHostAccess,
    });
    const controller = new AbortController();
    const pending = aborting.request({ method: 'GET', path: '/u', schema: okSchema, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow(RequestAbortedError);
    expect(hasHostAccess).not.toHaveBeenCalled();
  });

  it('a caller that already aborted gets RequestAbortedError without a request', async () => {
    const fake = fakeFetch(() => jsonResponse(200, { ok: true }));
    const http = createHttpClient({ baseUrl: 'https://h.example', fetch: fake.fetch });
    await expect(
      http.request({ method: 'GET', path: '/a', schema: okSchema, signal: AbortSignal.abort() }),
    ).rejects.toThrow(RequestAbortedError);
    expect(fake.calls).toHaveLength(0);
  });

  it('a caller that aborts mid-flight gets RequestAbortedError', async () => {
    const controller = new AbortController();
    const http = createHttpClient({
      baseUrl: 'https://h.example',
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          controller.abort();
        }),
    });
    const error = await http
      .request({ method: 'GET', path: '/a', schema: okSchema, signal: controller.signal })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.name).toBe('RequestAbortedError');
  });
});
