// The HTTP boundary of the session tests. The background's clients call the global fetch, so this
// replaces it for a test: requests go to the real sandbox (or wherever they point) unless a fault is
// set for them, in which case they get a scripted answer, a network failure or no answer at all.
// Every exchange is recorded, so a test can assert on request bodies and collect the secrets that
// crossed the wire (for the "no secret in any reply" checks).
import { vi } from 'vitest';

/** A scripted answer, a refused connection, or a server that never answers. */
export type Answer = Response | 'unreachable' | 'hang';

export type Exchange = {
  method: string;
  path: string;
  /** The request body parsed as JSON, or as a form for form-urlencoded requests. */
  request?: Record<string, unknown>;
  status?: number;
  responseText?: string;
  faked: boolean;
};

export type HttpBoundary = {
  exchanges: Exchange[];
  /** The next `times` requests with this method and a path matching `path` get `answer()`. */
  fault(method: string, path: RegExp, answer: () => Answer | Promise<Answer>, times?: number): void;
  /** The requests sent to `POST /api/v1/authenticate`, in order. */
  authenticateBodies(): Record<string, unknown>[];
};

type Fault = { method: string; path: RegExp; answer: () => Answer | Promise<Answer>; left: number };

export function jsonAnswer(status: number, body?: unknown): Response {
  return body === undefined
    ? new Response(null, { status })
    : new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** An unsigned JWT-shaped token whose `exp` is `expiresAt` (epoch ms); the client never verifies it. */
export function jwtExpiringAt(expiresAt: number, subject = 'user'): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: subject, exp: Math.floor(expiresAt / 1000) })}.c2lnbmF0dXJl`;
}

function hang(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function parseBody(body: string | undefined, headers: HeadersInit | undefined): Record<string, unknown> | undefined {
  if (body === undefined) return undefined;
  const type = new Headers(headers).get('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body));
  return JSON.parse(body) as Record<string, unknown>;
}

/** Installs the boundary as the global fetch until `vi.unstubAllGlobals()`. */
export function installHttpBoundary(): HttpBoundary {
  const realFetch = globalThis.fetch;
  const exchanges: Exchange[] = [];
  const faults: Fault[] = [];

  async function boundaryFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    const url = String(input);
    const exchange: Exchange = {
      method: init.method ?? 'GET',
      path: new URL(url).pathname,
      request: parseBody(typeof init.body === 'string' ? init.body : undefined, init.headers),
      faked: false,
    };
    exchanges.push(exchange);
    const fault = faults.find((item) => item.left > 0 && item.method === exchange.method && item.path.test(exchange.path));
    let response: Response;
    if (fault) {
      fault.left -= 1;
      exchange.faked = true;
      const answer = await fault.answer();
      if (answer === 'unreachable') throw new TypeError('fetch failed');
      response = answer === 'hang' ? await hang(init.signal) : answer;
    } else {
      response = await realFetch(url, init);
    }
    exchange.status = response.status;
    exchange.responseText = await response.clone().text();
    return response;
  }

  vi.stubGlobal('fetch', boundaryFetch);
  return {
    exchanges,
    fault(method, path, answer, times = 1) {
      faults.push({ method, path, answer, left: times });
    },
    authenticateBodies: () =>
      exchanges.filter((item) => item.path === '/api/v1/authenticate').map((item) => item.request ?? {}),
  };
}

const SECRET_FIELDS = new Set([
  'password',
  'fingerprint',
  'mfa_token',
  'auth_token',
  'refresh_token',
  'application_token',
  'client_secret',
  'access_token',
  'user_secret',
  'old_password',
  'new_password',
  'oldpassword',
  'newpassword',
]);

/** Every value of a secret-bearing field, at any depth, in what crossed the wire. */
export function secretsOnTheWire(exchanges: Exchange[]): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string' && key !== undefined && SECRET_FIELDS.has(key)) found.push(value);
    else if (value !== null && typeof value === 'object') {
      for (const [child, inner] of Object.entries(value)) visit(inner, child);
    }
  };
  for (const exchange of exchanges) {
    visit(exchange.request);
    try {
      visit(JSON.parse(exchange.responseText ?? ''));
    } catch {
      // Not JSON: nothing structured to collect.
    }
  }
  return found;
}
