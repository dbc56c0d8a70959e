// Authenticated EMnify calls: the bearer token comes from a TokenStore, and an expired token is
// renewed with the refresh token at most once per call. Concurrent calls that meet a 401 share
// ONE refresh request (single flight), because the server may rotate or rate-limit refreshes.
// @see /work/shared/api-contract.md §1.2 (flow 4: {refresh_token} -> {auth_token})
import { ApiError, SessionExpiredError } from './errors';
import type { HttpClient, RequestOptions } from './http';
import { refreshResponseSchema } from './emnify-schemas';

export type EmnifyTokens = { authToken: string; refreshToken?: string };

/** Where the tokens live; the background backs it with storage.session, tests with memory. */
export interface TokenStore {
  get(): Promise<EmnifyTokens | undefined>;
  set(tokens: EmnifyTokens): Promise<void>;
  clear(): Promise<void>;
}

/** A TokenStore in memory, for tests and for callers that keep tokens elsewhere. */
export function createMemoryTokenStore(initial?: EmnifyTokens): TokenStore {
  let tokens = initial;
  return {
    get: async () => tokens,
    set: async (next) => {
      tokens = { ...next };
    },
    clear: async () => {
      tokens = undefined;
    },
  };
}

export const AUTHENTICATE_PATH = '/api/v1/authenticate';

export type AuthedRequest<T> = Omit<RequestOptions<T>, 'bearer'>;

export type EmnifySession = {
  /** A call with `Authorization: Bearer`; one refresh and one retry on 401. */
  authed<T>(options: AuthedRequest<T>): Promise<T>;
  /** Renews the auth token now (single flight), e.g. shortly before its `exp`. */
  refresh(): Promise<string>;
};

/**
 * Which refresh failures end the session. The server refusing the refresh token (a 4xx) does;
 * an unreachable server, a timeout, a 5xx or a 429 does not: the refresh token may still be good,
 * so the tokens are kept and that error is thrown as is.
 */
function refreshWasRefused(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
}

export function createEmnifySession(http: HttpClient, tokens: TokenStore): EmnifySession {
  let refreshing: Promise<string> | undefined;

  async function expire(cause?: unknown): Promise<never> {
    await tokens.clear();
    throw new SessionExpiredError(cause === undefined ? undefined : { cause });
  }

  async function refreshOnce(): Promise<string> {
    const current = await tokens.get();
    if (!current?.refreshToken) return expire();
    let answer: { auth_token: string; refresh_token?: string };
    try {
      answer = await http.request({
        method: 'POST',
        path: AUTHENTICATE_PATH,
        json: { refresh_token: current.refreshToken },
        schema: refreshResponseSchema,
      });
    } catch (error) {
      if (refreshWasRefused(error)) return expire(error);
      throw error;
    }
    await tokens.set({
      authToken: answer.auth_token,
      refreshToken: answer.refresh_token ?? current.refreshToken,
    });
    return answer.auth_token;
  }

  function refresh(): Promise<string> {
    refreshing ??= refreshOnce().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  /** A token to retry with after `usedToken` got a 401. */
  async function renewAfter401(usedToken: string): Promise<string> {
    if (!refreshing) {
      // Another call may have refreshed already while this one was in flight: reuse its result
      // instead of spending the refresh token a second time.
      const current = await tokens.get();
      if (current && current.authToken !== usedToken) return current.authToken;
    }
    return refresh();
  }

  async function authed<T>(options: AuthedRequest<T>): Promise<T> {
    const current = await tokens.get();
    if (!current) throw new SessionExpiredError();
    try {
      return await http.request({ ...options, bearer: current.authToken });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
    }
    const renewed = await renewAfter401(current.authToken);
    try {
      return await http.request({ ...options, bearer: renewed });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return expire(error);
      throw error;
    }
  }

  return { authed, refresh };
}
