// Path building for EMnify: ids and usernames (e-mail addresses) go into paths, so each segment
// is checked and percent-encoded, and each path comes with its pattern for error messages, which
// must not repeat an e-mail address. "my" is the server's alias for the logged-in user.
// @see docs/api-contract.md §1.3, §1.4
import { InvalidPathSegmentError } from './errors';
import type { ApiPath } from './http';

/**
 * One path segment from an id or a username. Refuses '', '.' and '..' (URL parsing would resolve
 * them into another path: `/user/..` is `/`) and numbers that are not safe non-negative integers
 * (`-1`, `1.5`, `NaN` and `1e21` name no record and would print oddly).
 */
export function segment(value: number | string): string {
  const usable =
    typeof value === 'number'
      ? Number.isSafeInteger(value) && value >= 0
      : value !== '' && value !== '.' && value !== '..';
  if (!usable) throw new InvalidPathSegmentError();
  return encodeURIComponent(String(value));
}

/** A data segment: encoded in the path, `{name}` in the route. */
export function param(name: string, value: number | string): ApiPath {
  return { path: `/${segment(value)}`, route: `/{${name}}` };
}

/** Joins literal parts (the same in path and route) and data parts. */
export function joinPath(...parts: (string | ApiPath)[]): ApiPath {
  let path = '';
  let route = '';
  for (const part of parts) {
    path += typeof part === 'string' ? part : part.path;
    route += typeof part === 'string' ? part : part.route;
  }
  return { path, route };
}

/** `/api/v1/user/my` for the logged-in user, else `/api/v1/user/{user_id}` (an id or username). */
export function userPath(userId?: number | string): ApiPath {
  return userId === undefined ? joinPath('/api/v1/user/my') : joinPath('/api/v1/user', param('user_id', userId));
}
