// The one fetch wrapper of the extension: base URL per server profile, JSON or form bodies,
// a timeout, zod validation of every answer, and one typed error per way a request can fail.
// Runs in the MV3 service worker: fetch, AbortSignal and URLSearchParams only.
import * as z from '../zod';
import { readErrorBody } from './error-body';
import {
  ApiError,
  BadServerUrlError,
  NotJsonError,
  RequestAbortedError,
  ServerTimeoutError,
  ServerUnreachableError,
  UnexpectedResponseError,
  type RequestTarget,
} from './errors';

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Marks a call whose success is 204 or an empty body; request() then resolves to undefined. */
export const noContent = Symbol('noContent');
export type NoContent = typeof noContent;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type RequestOptions<T> = {
  method: HttpMethod;
  /** Starts with '/'; path segments taken from data must already be encodeURIComponent-ed. */
  path: string;
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
};

// Called through a wrapper, never stored bare: a detached `fetch` called as a method of an
// options object throws "Illegal invocation" in browsers.
const globalFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

/** Checks a profile's base URL once and returns it without trailing slashes. */
export function normaliseBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch (error) {
    throw new BadServerUrlError({ cause: error });
  }
  // Credentials in the address would end up in every request (and in any error that names it).
  const usable =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '';
  if (!usable) throw new BadServerUrlError();
  return `${url.origin}${url.pathname.replace(/\/+$/u, '')}`;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = normaliseBaseUrl(options.baseUrl);
  const host = new URL(base).host;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchFn = options.fetch ?? globalFetch;

  async function request<T>(req: RequestOptions<T>): Promise<T> {
    if (!req.path.startsWith('/')) throw new TypeError('A request path must start with "/".');
    const target: RequestTarget = { method: req.method, path: req.path.split('?')[0] ?? '', host };
    if (req.signal?.aborted) throw new RequestAbortedError(target);

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = req.signal ? anySignal([req.signal, timeout.signal]) : timeout.signal;

    // Which signal fired decides the error: ours is a timeout, the caller's is a cancellation.
    function abortedError(cause: unknown): Error | undefined {
      if (req.signal?.aborted) return new RequestAbortedError(target, { cause });
      if (timeout.signal.aborted) return new ServerTimeoutError(target, timeoutMs, { cause });
      return undefined;
    }

    try {
      let response: Response;
      try {
        response = await fetchFn(`${base}${req.path}`, buildInit(req, signal));
      } catch (error) {
        throw abortedError(error) ?? new ServerUnreachableError(target, { cause: error });
      }
      let text: string;
      try {
        // The timer keeps running while the body streams in: a server that sends headers and
        // then stalls is a timeout too.
        text = await response.text();
      } catch (error) {
        throw abortedError(error) ?? new ServerUnreachableError(target, { cause: error });
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
  // No cookies: the APIs authenticate with bearer tokens only, and an ambient cookie must not
  // authorise a request the user did not ask for.
  return { method: req.method, headers, body, signal, credentials: 'omit' };
}

function readAnswer<T>(
  target: RequestTarget,
  status: number,
  text: string,
  schema: z.ZodMiniType<T> | NoContent,
): T {
  const empty = text.trim() === '';
  let body: unknown;
  if (!empty) {
    try {
      body = JSON.parse(text);
    } catch {
      // No cause on purpose: V8's SyntaxError quotes the start of the body in its message.
      throw new NotJsonError(target, status);
    }
  }
  if (status < 200 || status > 299) {
    throw new ApiError(target, { status, ...readErrorBody(body) });
  }
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

/** AbortSignal.any where the runtime has it (Chrome 116+, Node 20.3+), else a small stand-in. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
