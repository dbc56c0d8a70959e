// The EMnify client: one object per server profile and login, composed of small parts. Keep ONE
// instance per profile in the background so that concurrent 401s share one refresh.
// @see docs/api-contract.md §1
import { createEmnifyAccount, type EmnifyAccount } from './emnify-account';
import { createEmnifyAuth, type EmnifyAuth } from './emnify-auth';
import { createEmnifyDevices, type EmnifyDevices } from './emnify-devices';
import { createEmnifyMfa, type EmnifyMfa } from './emnify-mfa';
import { createEmnifySession } from './emnify-session';
import { createSessionTokens, type TokenStore } from './emnify-tokens';
import { createHttpClient, type FetchLike } from './http';

/** The public default; a profile may point elsewhere (e.g. the local sandbox). */
export const EMNIFY_DEFAULT_BASE_URL = 'https://cdn.emnify.net';

export type EmnifyClientOptions = {
  baseUrl?: string;
  tokens: TokenStore;
  timeoutMs?: number;
  fetch?: FetchLike;
  hasHostAccess?: (baseUrl: string) => Promise<boolean>;
};

export type EmnifyClient = EmnifyAuth &
  EmnifyMfa &
  EmnifyDevices &
  EmnifyAccount & {
    /** Renews the auth token now (shares an in-flight refresh); SessionExpiredError if refused. */
    refresh(): Promise<string>;
    /** Forgets the tokens (the contract has no server-side logout). */
    logout(): Promise<void>;
  };

export function createEmnifyClient(options: EmnifyClientOptions): EmnifyClient {
  const http = createHttpClient({
    baseUrl: options.baseUrl ?? EMNIFY_DEFAULT_BASE_URL,
    timeoutMs: options.timeoutMs,
    fetch: options.fetch,
    hasHostAccess: options.hasHostAccess,
  });
  // One gate for every token write of this client: logins, refreshes, expiries and logouts.
  const tokens = createSessionTokens(options.tokens);
  const session = createEmnifySession(http, tokens);
  return {
    ...createEmnifyAuth(http, tokens),
    ...createEmnifyMfa(session),
    ...createEmnifyDevices(session),
    ...createEmnifyAccount(http, session, tokens),
    refresh: session.refresh,
    logout: () => tokens.end(),
  };
}

export type { EmnifyTokens, TokenStore } from './emnify-tokens';
export { createMemoryTokenStore } from './emnify-tokens';
export type { AuthResult, EmnifyUser, Labelled, MfaKey, MfaKeyCreated, TrustedDevice } from './emnify-schemas';
export { TRUSTED_DEVICE_LIFETIME_MS } from './emnify-schemas';
export type { MfaLogin, PasswordLogin, TrustedDeviceRegistration } from './emnify-auth';
export { hashPasswordForEmnify } from './emnify-password';
export { readJwtExpiry } from './jwt';
