// The one fetch wrapper of the extension: base URL per server profile, JSON or form bodies,
// a timeout, zod validation of every answer, and one typed error per way a request can fail.
// Runs in the MV3 service worker: fetch, AbortSignal and URLSearchParams only.
import * as z from '../zod';
import { normaliseBaseUrl } from './base-url';
import { readErrorBody } from './error-body';
import {
  ApiError,
  NotJsonError,
  HostAccessMissingError,
  RequestAbortedError,
  ServerTimeoutError,
  ServerUnreachableError,
  UnexpectedRedirectError,
  UnexpectedResponseError,
  type RequestTarget,
} from './errors';

export { isLoopbackHost, normaliseBaseUrl } from './base-url';

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Marks a call whose success is 204 or an empty body; request() then resolves to undefined. */
export const noContent = Symbol('noContent');
export type NoContent = typeof noContent;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * A path with data in it (ids, usernames), and its pattern for messages: `path` is
 * `/api/v1/user/ann%40example.org`, `route` is `/api/v1/user/{user_id}`. Build one with
 * emnify-paths.ts, which also checks and encodes the segments.
 */
export type ApiPath = { readonly path: string; readonly route: string };

export type RequestOptions<T> = {
  method: HttpMethod;
  /**
   * Starts with '/'. A plain string is quoted in error messages, so it must hold no data: a path
   * with ids or usernames in it is an ApiPath, whose route is quoted instead.
   */
  path: string | ApiPath;
  /** Sent as application/json. */
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded; undefined fields are left out. */
  form?: Record<string, string | undefined>;
  bearer?: string;
  /** Validates (and may transform) the parsed JSON answer, or `noContent`. */
  schema: z.ZodMiniType<T> | NoContent;
  signal?: AbortSignal;
};

export type HttpClient = {
  /** The server's host (and port), for messages. */
  readonly host: string;
  request<T>(options: RequestOptions<T>): Promise<T>;
};

export type HttpClientOptions = {
  baseUrl: string;
  timeoutMs?: number;
  /** Injected by tests; defaults to the global fetch, looked up at call time. */
  fetch?: FetchLike;
  /**
   * Whether the browser grants the extension the host of `baseUrl`, asked only after fetch
   * rejected. It must return a promise (an async function), never throw.
   */
  hasHostAccess?: (baseUrl: string) => Promise<boolean>;
};

// Called through a wrapper, never stored bare: a detached `fetch` called as a method of an
// options object throws "Illegal invocation" in browsers.
const globalFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = normaliseBaseUrl(options.baseUrl);
  const host = new URL(base).host;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchFn = options.fetch ?? globalFetch;

  async function request<T>(req: RequestOptions<T>): Promise<T> {
    const { path, route } = typeof req.path === 'string' ? { path: req.path, route: req.path } : req.path;
    if (!path.startsWith('/')) throw new TypeError('A request path must start with "/".');
    const target: RequestTarget = { method: req.method, path: withoutQuery(path), route: withoutQuery(route), host };
    if (req.signal?.aborted) throw new RequestAbortedError(target);

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    // AbortSignal.any: Chrome 116, Firefox 124 and Node 20.3, all older than the versions the
    // extension and its tests require.
    const signal = req.signal ? AbortSignal.any([req.signal, timeout.signal]) : timeout.signal;

    /**
     * Why fetch or the body rejected. Which signal fired decides first: ours is a timeout, the
     * caller's a cancellation. Then missing host access, asked only now: a revoked permission and
     * an unreachable server fail alike. A check that itself fails says nothing about access: the
     * network is then the likelier cause.
     */
    async function failure(cause: unknown): Promise<Error> {
      if (req.signal?.aborted) return new RequestAbortedError(target, { cause });
      if (timeout.signal.aborted) return new ServerTimeoutError(target, timeoutMs, { cause });
      const allowed = await options.hasHostAccess?.(base).catch(() => true);
      return allowed === false ? new HostAccessMissingError(target, { cause }) : new ServerUnreachableError(target, { cause });
    }

    try {
      let response: Response;
      try {
        response = await fetchFn(`${base}${path}`, buildInit(req, signal));
      } catch (error) {
        throw await failure(error);
      }
      if (isRedirect(response)) {
        // Nothing in a redirect answer is of use; drop its body so the connection is freed.
        response.body?.cancel().catch(() => undefined);
        throw new UnexpectedRedirectError(target);
      }
      let text: string;
      try {
        // The timer keeps running while the body streams in: a server that sends headers and
        // then stalls is a timeout too.
        text = await response.text();
      } catch (error) {
        throw await failure(error);
      }
      return readAnswer(target, response.status, text, req.schema);
    } finally {
      clearTimeout(timer);
    }
  }

  return { host, request };
}

function buildInit(req: RequestOptions<unknown>, signal: AbortSignal): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: string | undefined;
  if (req.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(req.json);
  } else if (req.form !== undefined) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(req.form)) {
      if (value !== undefined) form.append(key, value);
    }
    body = form.toString();
  }
  if (req.bearer !== undefined) headers.Authorization = `Bearer ${req.bearer}`;
  return {
    method: req.method,
    headers,
    body,
    signal,
    // No cookies: the APIs authenticate with bearer tokens only, and an ambient cookie must not
    // authorise a request the user did not ask for.
    credentials: 'omit',
    // Never follow a redirect: fetch would send the body (a password hash, a refresh token) and
    // the bearer again to wherever `Location` points. 'manual' rather than 'error': both stop
    // there, but 'error' rejects with a TypeError that Chrome does not tell apart from a network
    // failure, while 'manual' hands back the redirect (an `opaqueredirect` response in browsers,
    // the 3xx itself in Node), which request() turns into an UnexpectedRedirectError.
    redirect: 'manual',
  };
}

// 300 (multiple choices) and 304 (not modified) are not redirects that fetch would follow.
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || REDIRECT_STATUSES.has(response.status);
}

function withoutQuery(path: string): string {
  return path.split('?')[0] ?? '';
}

function readAnswer<T>(
  target: RequestTarget,
  status: number,
  text: string,
  schema: z.ZodMiniType<T> | NoContent,
): T {
  const empty = text.trim() === '';
  const json = empty ? { body: undefined } : parseJson(text);
  if (status < 200 || status > 299) {
    // An error status counts whatever the body: a proxy's HTML 401 must still lead to a refresh,
    // and an HTML 429 or 503 must still say "too many requests" or "server problem". Only a JSON
    // body can add details.
    throw new ApiError(target, { status, ...readErrorBody(json?.body) });
  }
  if (!json) throw new NotJsonError(target, status);
  const { body } = json;
  if (schema === noContent) {
    if (status === 204 || empty) return undefined as T;
    throw new UnexpectedResponseError(target, []);
  }
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.map(String).join('.') || '(body)');
    throw new UnexpectedResponseError(target, [...new Set(fields)], { cause: parsed.error });
  }
  return parsed.data;
}

/** The parsed body, or undefined when the text is not JSON. */
function parseJson(text: string): { body: unknown } | undefined {
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    // The SyntaxError is dropped on purpose: V8's quotes the start of the body in its message.
    return undefined;
  }
}
