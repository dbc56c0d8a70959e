import { describe, expect, it } from 'vitest';
import * as z from '../../../lib/zod';
import {
  BadServerUrlError,
  RequestAbortedError,
  ServerUnreachableError,
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
  ])('normalises %j', (input, expected) => {
    expect(normaliseBaseUrl(input)).toBe(expected);
  });

  it.each(['', 'not a url', 'ftp://example.org', 'https://user:pw@example.org', 'https://x.org/?a=1'])(
    'refuses %j',
    (input) => {
      expect(() => normaliseBaseUrl(input)).toThrow(BadServerUrlError);
    },
  );

  it('joins without double slashes and keeps a path prefix', async () => {
    const fake = fakeFetch(() => jsonResponse(200, { ok: true }));
    const http = createHttpClient({ baseUrl: 'http://127.0.0.1:9/prefix/', fetch: fake.fetch });
    await http.request({ method: 'GET', path: '/api/v1/x', schema: okSchema });
    expect(fake.calls[0]?.url).toBe('http://127.0.0.1:9/prefix/api/v1/x');
  });

  it('refuses a path without a leading slash', async () => {
    const http = createHttpClient({ baseUrl: 'http://h', fetch: fakeFetch(() => emptyResponse(204)).fetch });
    await expect(http.request({ method: 'GET', path: 'api', schema: noContent })).rejects.toThrow(TypeError);
  });
});

describe('request shapes', () => {
  it('sends JSON with Accept, Content-Type and bearer, and no cookies', async () => {
    let credentials: RequestCredentials | undefined;
    const fake = fakeFetch(() => jsonResponse(200, { ok: true }));
    const http = createHttpClient({
      baseUrl: 'https://h.example',
      fetch: (input, init) => {
        credentials = init.credentials;
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

describe('failures before an answer', () => {
  it('a rejected fetch is ServerUnreachableError with the cause kept', async () => {
    const cause = new TypeError('fetch failed');
    const http = createHttpClient({ baseUrl: 'https://h.example', fetch: () => Promise.reject(cause) });
    const error = await http.request({ method: 'GET', path: '/u', schema: okSchema }).catch((e) => e);
    expect(error).toBeInstanceOf(ServerUnreachableError);
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('h.example');
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
