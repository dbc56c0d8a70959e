// Server profiles and the current session as the flows that need a server see them (deps.ts).
import type { LoggedInSession, ServerPort } from '../background/deps';
import { readCurrentSession } from './current-session';
import { NotLoggedInError } from './errors';
import { getProfile, listProfiles } from './profiles';

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
