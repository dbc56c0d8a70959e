// A scripted stand-in for fetch: records every request and answers from a handler, so the
// clients' request shapes can be checked without a network.
import type { FetchLike } from '../../../lib/api/http';

export type RecordedCall = {
  url: string;
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** The body parsed as JSON when it was sent as JSON. */
  json?: unknown;
  /** The body parsed as a form when it was sent form-urlencoded. */
  form?: Record<string, string>;
};

export type FakeHandler = (call: RecordedCall) => Response | Promise<Response>;

export function fakeFetch(handler: FakeHandler): { fetch: FetchLike; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetch: FetchLike = async (input, init) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const body = typeof init.body === 'string' ? init.body : undefined;
    const type = headers['content-type'] ?? '';
    const call: RecordedCall = {
      url: input,
      path: new URL(input).pathname,
      method: init.method ?? 'GET',
      headers,
      body,
      json: body !== undefined && type === 'application/json' ? JSON.parse(body) : undefined,
      form:
        body !== undefined && type === 'application/x-www-form-urlencoded'
          ? Object.fromEntries(new URLSearchParams(body))
          : undefined,
    };
    calls.push(call);
    return handler(call);
  };
  return { fetch, calls };
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function emptyResponse(status: number): Response {
  return new Response(null, { status });
}

/** sha1("password"), the vector the contract tests use. */
export const SHA1_OF_PASSWORD = '5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8';

/** A JWT-shaped token with the given payload (unsigned: the client never verifies). */
export function fakeJwt(payload: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.c2lnbmF0dXJl`;
}
