// Authenticated EMnify calls: the bearer token comes from the session's tokens, and an expired
// token is renewed with the refresh token at most once per call. Concurrent calls that meet a 401
// share ONE refresh request (single flight), because the server may rotate or rate-limit refreshes.
// A call, a refresh or an expiry only ever acts on the session it started in: see emnify-tokens.ts.
// @see docs/api-contract.md §1.2 (flow 4: {refresh_token} -> {auth_token})
import { ApiError, SessionExpiredError } from './errors';
import type { HttpClient, RequestOptions } from './http';
import { refreshResponseSchema } from './emnify-schemas';
import type { EmnifyTokens, SessionExpectation, SessionTokens } from './emnify-tokens';

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

type Flight = { epoch: number; refreshToken: string; result: Promise<string> };

export function createEmnifySession(http: HttpClient, tokens: SessionTokens): EmnifySession {
  let refreshing: Flight | undefined;

  /** Ends the session that failed, if it is still the stored one, and says so. */
  async function expire(expected: SessionExpectation, cause?: unknown): Promise<never> {
    await tokens.clearIf(expected);
    throw new SessionExpiredError(cause === undefined ? undefined : { cause });
  }

  /** The stored tokens, if the session is still the one of `epoch`. */
  async function sessionOf(epoch: number): Promise<EmnifyTokens> {
    const current = await tokens.get();
    // Logged out or logged in again meanwhile: a call is never carried over to another session.
    if (!current || tokens.epoch() !== epoch) throw new SessionExpiredError();
    return current;
  }

  async function refreshOnce(epoch: number, refreshToken: string): Promise<string> {
    let answer: { auth_token: string; refresh_token?: string };
    try {
      answer = await http.request({
        method: 'POST',
        path: AUTHENTICATE_PATH,
        json: { refresh_token: refreshToken },
        schema: refreshResponseSchema,
      });
    } catch (error) {
      if (refreshWasRefused(error)) return expire({ epoch, refreshToken }, error);
      throw error;
    }
    const next = { authToken: answer.auth_token, refreshToken: answer.refresh_token ?? refreshToken };
    // Stored only if the refresh token used is still the stored one and no logout or login came
    // in between; otherwise the renewed token belongs to a session that is gone, and is dropped.
    if (!(await tokens.replaceIf({ epoch, refreshToken }, next))) throw new SessionExpiredError();
    return answer.auth_token;
  }

  /** Renews `current` (the session of `epoch`), sharing a refresh already under way for it. */
  function renew(epoch: number, current: EmnifyTokens): Promise<string> {
    const { refreshToken } = current;
    if (!refreshToken) return expire({ epoch, authToken: current.authToken });
    // A flight of an earlier session (or of a refresh token since replaced) is not joined.
    if (refreshing?.epoch === epoch && refreshing.refreshToken === refreshToken) return refreshing.result;
    const result: Promise<string> = refreshOnce(epoch, refreshToken).finally(() => {
      if (refreshing?.result === result) refreshing = undefined;
    });
    refreshing = { epoch, refreshToken, result };
    return result;
  }

  async function refresh(): Promise<string> {
    const epoch = tokens.epoch();
    return renew(epoch, await sessionOf(epoch));
  }

  /** A token to retry with after `usedToken` got a 401. */
  async function renewAfter401(epoch: number, usedToken: string): Promise<string> {
    const current = await sessionOf(epoch);
    // Another call may have refreshed already while this one was in flight: reuse its result
    // instead of spending the refresh token a second time.
    if (current.authToken !== usedToken) return current.authToken;
    return renew(epoch, current);
  }

  async function authed<T>(options: AuthedRequest<T>): Promise<T> {
    const epoch = tokens.epoch();
    const current = await tokens.get();
    if (!current) throw new SessionExpiredError();
    try {
      return await http.request({ ...options, bearer: current.authToken });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
    }
    const renewed = await renewAfter401(epoch, current.authToken);
    try {
      return await http.request({ ...options, bearer: renewed });
    } catch (error) {
      // Only if `renewed` is still the stored token: a late 401 must not end a newer session.
      if (error instanceof ApiError && error.status === 401) return expire({ epoch, authToken: renewed }, error);
      throw error;
    }
  }

  return { authed, refresh };
}
