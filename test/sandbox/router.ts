/**
 * A tiny path router: `:name` segments capture, everything else must match
 * exactly, the first matching route wins (so literal routes such as
 * `/api/v1/user/mfa/status` are listed before `/api/v1/user/:userId`).
 * Paths are matched as they came over the wire: no slash is dropped or added
 * and no `.`/`..` is resolved, so `/api/v1/user//mfa/trusted_device` is a 404
 * (as on a real server), not the caller's own list.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxContext } from './context';

export interface SandboxRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The body as text; each handler parses it the way its server does (JSON or form). */
  rawBody: string;
  ip: string;
}

export interface Reply {
  status: number;
  /** Omitted = empty body (204s, and the empty-bodied 401s of EMnify). */
  body?: unknown;
}

export type Handler = (request: SandboxRequest, context: SandboxContext) => Reply | Promise<Reply>;

/**
 * Checks the declared body format before anything else runs (rate limit,
 * bearer, lockout); throws in the route family's own error shape.
 */
export type BodyRule = (request: SandboxRequest, context: SandboxContext) => void;

/** Which per-IP limit a route counts against (docs/api-contract.md §1.1). */
export type RateLimitName = 'authenticate' | 'general';

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  pattern: string;
  handler: Handler;
  /** Required on POST and PATCH routes (see createRouter); given per server family in server.ts. */
  body?: BodyRule;
  /** None for Amadis and the control API, which are not EMnify's and are not limited. */
  rateLimit?: RateLimitName;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** The methods whose handlers read a body: their routes must declare its format. */
export function carriesBody(method: Route['method']): boolean {
  return method === 'POST' || method === 'PATCH';
}

/**
 * The segments of an absolute path, or undefined when one is empty (`//`, a
 * trailing `/`, or `/` alone): such a path names no route, whatever a
 * lenient split would make of it.
 */
function splitPath(path: string): string[] | undefined {
  if (!path.startsWith('/')) return undefined;
  const segments = path.slice(1).split('/');
  return segments.includes('') ? undefined : segments;
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index++) {
    const expected = pattern[index] ?? '';
    const segment = actual[index] ?? '';
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(segment);
      } catch {
        return undefined; // a broken %-escape cannot name anything
      }
    } else if (expected !== segment) {
      return undefined;
    }
  }
  return params;
}

export function createRouter(routes: Route[]): (method: string, path: string) => RouteMatch | undefined {
  const compiled = routes.map((route) => {
    const segments = splitPath(route.pattern);
    if (!segments) throw new Error(`Bad route pattern: ${route.pattern}`);
    // A forgotten rule would let a text/plain POST from any web page reach the handler.
    if (carriesBody(route.method) && !route.body) throw new Error(`${route.method} ${route.pattern} has no body rule.`);
    return { route, segments };
  });
  return function findRoute(method: string, path: string): RouteMatch | undefined {
    const actual = splitPath(path);
    if (!actual) return undefined;
    for (const { route, segments } of compiled) {
      if (route.method !== method) continue;
      const params = matchSegments(segments, actual);
      if (params) return { route, params };
    }
    return undefined;
  };
}

/** A non-negative integer id from a path segment, or undefined (→ the caller's 404). */
export function parseId(segment: string | undefined): number | undefined {
  if (segment === undefined || !/^\d{1,15}$/u.test(segment)) return undefined;
  return Number(segment);
}
