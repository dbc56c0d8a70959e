/**
 * Per-IP request limits (docs/api-contract.md §1.1): a sliding window over the server
 * clock, so that moving the clock forward also ends a limit.
 */
import type { SandboxContext } from './context';
import { tooManyRequests } from './errors';
import type { RateLimitName } from './router';

export interface RateLimiter {
  /** Records a request; false when it is over the limit (refused requests are not recorded). */
  hit(key: string, nowMs: number): boolean;
  clear(): void;
}

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const log = new Map<string, number[]>();
  return {
    hit: function hit(key: string, nowMs: number): boolean {
      const recent = (log.get(key) ?? []).filter((at) => at > nowMs - windowMs);
      if (recent.length >= limit) {
        log.set(key, recent);
        return false;
      }
      recent.push(nowMs);
      log.set(key, recent);
      return true;
    },
    clear: function clear(): void {
      log.clear();
    },
  };
}

/**
 * Applies EMnify's limits by the route a request MATCHED, never by its raw
 * path, so no spelling of a path can move a request to another budget. The
 * Amadis API and the sandbox's own control API are not EMnify's and have no
 * limit; neither has a request that matches no route (its 404 changes nothing).
 */
export function enforceRateLimit(limit: RateLimitName | undefined, ip: string, context: SandboxContext): void {
  if (limit === undefined) return;
  const now = context.clock.now();
  if (limit === 'authenticate') {
    if (!context.limits.authenticate.hit(ip, now)) {
      throw tooManyRequests('Too many authentication requests from this address; try again in a few minutes.');
    }
    return;
  }
  if (!context.limits.general.hit(ip, now)) {
    throw tooManyRequests('Too many requests from this address; try again in a few minutes.');
  }
}
