// The logged-in session as the machine holds it. An application token's auth token that ran out
// ended the session without anyone asking (nothing can renew it): it is ended here and the login
// form says why.
import { readJwtExpiry } from '../../api';
import type { LoggedInSession } from '../server-port';
import { emnifyClientFor } from '../emnify-clients';
import { endServerSession, SESSION_EXPIRED_NOTICE } from './end-session';
import { UnknownProfileError } from '../errors';
import { getProfile } from '../profiles/profiles';
import { readSessionRecord, type LoggedIn } from './session-machine';

export type CurrentSession = LoggedInSession & { state: LoggedIn; revision: number };

export async function readCurrentSession(now: number): Promise<CurrentSession | undefined> {
  const { revision, session } = await readSessionRecord();
  if (session.state !== 'logged-in') return undefined;
  const { tokens } = session;
  const expiresAt = readJwtExpiry(tokens.authToken);
  if (!tokens.refreshToken && expiresAt !== undefined && expiresAt <= now) {
    await endServerSession({ notice: SESSION_EXPIRED_NOTICE, expected: revision });
    return undefined;
  }
  let profile;
  try {
    profile = await getProfile(session.profileId);
  } catch (error) {
    if (!(error instanceof UnknownProfileError)) throw error;
    // The profile was removed (its removal ends its session; this is the belt to those braces).
    await endServerSession({ expected: revision });
    return undefined;
  }
  return {
    profile,
    username: session.username,
    method: session.method,
    client: emnifyClientFor(profile),
    state: session,
    revision,
  };
}
