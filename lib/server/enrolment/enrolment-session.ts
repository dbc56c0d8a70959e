// Who may do what with an enrolment. A key belongs to one user on one server, so only a session
// as that user on that server can activate or delete it; creating one needs the user's password
// (the server asks for it again), hence a password login.
import type { LoggedInSession, ServerPort } from '../server-port';
import type { ServerProfile } from '../server-views';
import { sameUser, type PendingBinding } from '../../accounts/server-binding';
import { EnrolmentLoginRequiredError } from './enrolment-errors';

export type PasswordSession = LoggedInSession & { method: 'password'; username: string };

function isPasswordSession(session: LoggedInSession): session is PasswordSession {
  return session.method === 'password' && session.username !== undefined && session.username !== '';
}

/** The current session when it is a password login; EnrolmentLoginRequiredError after a token login. */
export async function requirePasswordSession(servers: ServerPort): Promise<PasswordSession> {
  const session = await servers.requireSession();
  if (!isPasswordSession(session)) throw new EnrolmentLoginRequiredError();
  return session;
}

export function isSessionOf(session: LoggedInSession | undefined, binding: PendingBinding): session is PasswordSession {
  return (
    session !== undefined &&
    isPasswordSession(session) &&
    session.profile.id === binding.profileId &&
    sameUser(session.username, binding.username)
  );
}

/** The session as the key's user on the key's server, else an error that says whom to log in as. */
export async function requireSessionOf(servers: ServerPort, binding: PendingBinding): Promise<PasswordSession> {
  const session = await servers.currentSession();
  if (isSessionOf(session, binding)) return session;
  throw await loginRequired(servers, binding);
}

/** "Log in as <user> on <server> first", naming the server as the user named it. */
export async function loginRequired(servers: ServerPort, binding: PendingBinding): Promise<EnrolmentLoginRequiredError> {
  const profile = (await profileLookup(servers))(binding.profileId) ?? removedProfile(binding.profileId);
  return new EnrolmentLoginRequiredError({ username: binding.username, serverName: profile.name });
}

/**
 * Every profile by id. One call for a whole list, and a removed profile is simply absent rather
 * than an error to tell apart from real failures.
 */
export async function profileLookup(servers: ServerPort): Promise<(id: string) => ServerProfile | undefined> {
  const profiles = new Map((await servers.listProfiles()).map((profile) => [profile.id, profile]));
  return (id) => profiles.get(id);
}

/**
 * What a list shows for an enrolment whose server profile was removed: the profile's id as its
 * name. The seed is still in the vault, so the enrolment stays visible and can be cancelled.
 */
export function removedProfile(id: string): ServerProfile {
  return { id, kind: 'emnify', name: id, baseUrl: '', builtIn: false };
}
