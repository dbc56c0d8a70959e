/**
 * A tiny path router: `:name` segments capture, everything else must match
 * exactly, the first matching route wins (so literal routes such as
 * `/api/v1/user/mfa/status` are listed before `/api/v1/user/:userId`).
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

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  pattern: string;
  handler: Handler;
}

export interface RouteMatch {
  handler: Handler;
  params: Record<string, string>;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
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
  const compiled = routes.map((route) => ({ ...route, segments: splitPath(route.pattern) }));
  return function findRoute(method: string, path: string): RouteMatch | undefined {
    const actual = splitPath(path);
    for (const route of compiled) {
      if (route.method !== method) continue;
      const params = matchSegments(route.segments, actual);
      if (params) return { handler: route.handler, params };
    }
    return undefined;
  };
}

/** A non-negative integer id from a path segment, or undefined (→ the caller's 404). */
export function parseId(segment: string | undefined): number | undefined {
  if (segment === undefined || !/^\d{1,15}$/u.test(segment)) return undefined;
  return Number(segment);
}
