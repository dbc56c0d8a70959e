// The HTTP layer against a real local server that misbehaves on purpose, one route per fault.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from '../../../lib/zod';
import {
  ApiError,
  NotJsonError,
  ServerTimeoutError,
  ServerUnreachableError,
  UnexpectedRedirectError,
  UnexpectedResponseError,
} from '../../../lib/api/errors';
import { createHttpClient, type HttpClient } from '../../../lib/api/http';

const BEARER = 'eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LWJlYXJlcg.sig-bearer-secret';
const PASSWORD = 'correct horse battery staple';

const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/hang': () => {
    // Never answers: only the client's timeout ends this.
  },
  '/stall-body': (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"ok":');
  },
  '/reset': (res) => res.socket?.destroy(),
  '/html': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><html><body>Welcome</body></html>');
  },
  '/html-401': (res) => html(res, 401, '<html><body>401 Authorization Required</body></html>'),
  '/html-429': (res) => html(res, 429, '<html><body>Slow down</body></html>'),
  '/html-502': (res) => html(res, 502, '<html><body>Bad Gateway</body></html>'),
  '/html-503': (res) => html(res, 503, '<html><body>Service Unavailable</body></html>'),
  '/redirect': (res) => {
    res.writeHead(307, { Location: '/landing' });
    res.end();
  },
  '/landing': (res) => {
    landings += 1;
    json(res, 200, { ok: true });
  },
  '/missing-field': (res) => json(res, 200, { other: 1 }),
  '/ok': (res) => json(res, 200, { ok: true }),
  '/500-empty': (res) => {
    res.writeHead(500);
    res.end();
  },
  '/401-empty': (res) => {
    res.writeHead(401);
    res.end();
  },
  '/422-nested': (res) =>
    json(res, 422, {
      error_code: 1400,
      error_token: 'InputValidationFailed',
      message: 'Input validation failed',
      errors: [{ error_code: 1402, error_token: 'Required', message: 'User - organisation is required.' }],
    }),
};

function json(res: import('node:http').ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function html(res: import('node:http').ServerResponse, status: number, page: string) {
  res.writeHead(status, { 'Content-Type': 'text/html' });
  res.end(page);
}

/** Requests that reached /landing, the target of /redirect. */
let landings = 0;
let server: Server;
let baseUrl: string;
let closedPortUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    req.resume();
    if (route) route(res);
    else json(res, 404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A port that was just free and is closed again: connections to it are refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPortUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const okSchema = z.object({ ok: z.boolean() });

function client(url = baseUrl): HttpClient {
  return createHttpClient({ baseUrl: url, timeoutMs: 200 });
}

/** Sends the secrets along, so that the checks below can prove no message repeats them. */
function hit(path: string, url?: string): Promise<unknown> {
  return client(url)
    .request({ method: 'POST', path, json: { password: PASSWORD }, bearer: BEARER, schema: okSchema })
    .then(
      () => {
        throw new Error('expected a failure');
      },
      (error: unknown) => error,
    );
}

function expectNoSecrets(error: unknown) {
  const text = `${(error as Error).message} ${String(error)}`;
  expect(text).not.toContain(BEARER);
  expect(text).not.toContain('sig-bearer-secret');
  expect(text).not.toContain(PASSWORD);
}

describe('http faults', () => {
  it('works against the same server when it behaves', async () => {
    await expect(
      client().request({ method: 'GET', path: '/ok', bearer: BEARER, schema: okSchema }),
    ).resolves.toEqual({ ok: true });
  });

  it('a server that never answers is ServerTimeoutError', async () => {
    const started = Date.now();
    const error = await hit('/hang');
    expect(error).toBeInstanceOf(ServerTimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ name: 'ServerTimeoutError', method: 'POST', path: '/hang', timeoutMs: 200 });
    expectNoSecrets(error);
  });

  it('a body that stalls halfway is ServerTimeoutError too', async () => {
    expect(await hit('/stall-body')).toBeInstanceOf(ServerTimeoutError);
  });

  it('a reset connection is ServerUnreachableError', async () => {
    const error = await hit('/reset');
    expect(error).toBeInstanceOf(ServerUnreachableError);
    expect((error as Error).cause).toBeDefined();
    expectNoSecrets(error);
  });

  it('a closed port is ServerUnreachableError', async () => {
    const error = await hit('/anything', closedPortUrl);
    expect(error).toBeInstanceOf(ServerUnreachableError);
    expect((error as Error).message).toContain(new URL(closedPortUrl).host);
    expectNoSecrets(error);
  });

  it('HTML instead of JSON on a success is NotJsonError', async () => {
    const ok = await hit('/html');
    expect(ok).toBeInstanceOf(NotJsonError);
    expect(ok).toMatchObject({ status: 200, name: 'NotJsonError' });
    expect((ok as Error).message).not.toContain('Welcome');
    expectNoSecrets(ok);
  });

  // A proxy's HTML 401 must still trigger the refresh, an HTML 429 or 503 must still say so.
  it.each([
    ['/html-401', 401, 'The server refused the credentials.'],
    ['/html-429', 429, 'Too many requests: wait a moment and try again.'],
    ['/html-502', 502, 'The server had a problem. Try again later.'],
    ['/html-503', 503, 'The server had a problem. Try again later.'],
  ])('an HTML error page (%s) is ApiError of its status', async (path, status, message) => {
    const error = await hit(path);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'ApiError', status, message, errors: [], serverMessage: undefined });
    expectNoSecrets(error);
  });

  it('a 307 is UnexpectedRedirectError, and the redirected request never arrives', async () => {
    const error = await hit('/redirect');
    expect(error).toBeInstanceOf(UnexpectedRedirectError);
    expect(error).toMatchObject({ name: 'UnexpectedRedirectError', method: 'POST', path: '/redirect' });
    expect((error as Error).message).not.toContain('/landing');
    expectNoSecrets(error);
    // Give a follow-up request, had one been sent, time to land.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(landings).toBe(0);
  });

  it('JSON missing a required field is UnexpectedResponseError', async () => {
    const error = await hit('/missing-field');
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ fields: ['ok'] });
    expectNoSecrets(error);
  });

  it('a 500 without a body is ApiError 500 with no details', async () => {
    const error = await hit('/500-empty');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 500,
      errors: [],
      errorCode: undefined,
      message: 'The server had a problem. Try again later.',
    });
    expectNoSecrets(error);
  });

  it('an empty 401 is ApiError 401', async () => {
    const error = await hit('/401-empty');
    expect(error).toMatchObject({ name: 'ApiError', status: 401, errors: [], message: 'The server refused the credentials.' });
    expectNoSecrets(error);
  });

  it('a 422 with the nested error body is parsed', async () => {
    const error = await hit('/422-nested');
    expect(error).toMatchObject({
      status: 422,
      errorCode: 1400,
      errorToken: 'InputValidationFailed',
      message: 'Input validation failed',
      errors: [{ errorCode: 1402, errorToken: 'Required', message: 'User - organisation is required.' }],
    });
    expectNoSecrets(error);
  });
});
