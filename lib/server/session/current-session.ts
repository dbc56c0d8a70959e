// The logged-in session as the stored facts and tokens describe it. A session whose tokens are gone
// ended without this code asking: the client cleared them when the server refused the refresh (or
// the renewed token), or an application token's auth token ran out, which nothing can renew. Such
// a session is cleaned up here and the login form says why.
import { readJwtExpiry, type EmnifyTokens } from '../../api';
import type { LoggedInSession } from '../server-port';
import { emnifyClientFor } from '../emnify-clients';
import { endServerSession, SESSION_EXPIRED_NOTICE } from './end-session';
import { UnknownProfileError } from '../errors';
import { getProfile } from '../profiles/profiles';
import { readStoredSession, readStoredTokens, type StoredSession } from './session-storage';

export type CurrentSession = LoggedInSession & { stored: StoredSession; tokens: EmnifyTokens };

export async function readCurrentSession(now: number): Promise<CurrentSession | undefined> {
  const [stored, tokens] = await Promise.all([readStoredSession(), readStoredTokens()]);
  if (!stored) return undefined;
  const expiresAt = tokens && readJwtExpiry(tokens.authToken);
  const ranOut = tokens !== undefined && !tokens.refreshToken && expiresAt !== undefined && expiresAt <= now;
  if (!tokens || tokens.profileId !== stored.profileId || ranOut) {
    await endServerSession({ notice: SESSION_EXPIRED_NOTICE });
    return undefined;
  }
  let profile;
  try {
    profile = await getProfile(stored.profileId);
  } catch (error) {
    if (!(error instanceof UnknownProfileError)) throw error;
    // The profile was removed (its removal ends its session; this is the belt to those braces).
    await endServerSession();
    return undefined;
  }
  return {
    profile,
    username: stored.username,
    method: stored.method,
    client: emnifyClientFor(profile),
    stored,
    tokens: { authToken: tokens.authToken, refreshToken: tokens.refreshToken },
  };
}
