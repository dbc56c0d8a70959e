// Server profiles and the current session as the flows that need a server see them.
import type { EmnifyClient } from '../api';
import type { LoginMethod, ServerProfile } from './server-views';
import { readCurrentSession } from './session/current-session';
import { NotLoggedInError } from './errors';
import { getProfile, listProfiles } from './profiles/profiles';

/** A logged-in EMnify session and the one client that serves it. */
export interface LoggedInSession {
  profile: ServerProfile;
  /** The e-mail address; absent after an application-token login. */
  username?: string;
  method: LoginMethod;
  client: EmnifyClient;
}

/** Server profiles and the current session, as the flows that need a server see them. */
export interface ServerPort {
  listProfiles(): Promise<ServerProfile[]>;
  /** UnknownProfileError when there is no such profile. */
  getProfile(id: string): Promise<ServerProfile>;
  currentSession(): Promise<LoggedInSession | undefined>;
  /** The current session, or NotLoggedInError. */
  requireSession(): Promise<LoggedInSession>;
}

export function createServerPort(clock: { now(): number }): ServerPort {
  async function currentSession(): Promise<LoggedInSession | undefined> {
    const current = await readCurrentSession(clock.now());
    return current && { profile: current.profile, username: current.username, method: current.method, client: current.client };
  }

  return {
    listProfiles,
    getProfile,
    currentSession,
    async requireSession() {
      const session = await currentSession();
      if (!session) throw new NotLoggedInError();
      return session;
    },
  };
}
