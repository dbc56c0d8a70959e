// The session whose trusted devices and MFA keys the management page shows: a password login, so
// there is a user to list them for and the vault can tell which of them are this browser's.
import type { ServerPort } from '../server-port';
import { ServerLoginRequiredError, type ServerListSubject } from './devices-errors';
import type { PasswordSession } from '../enrolment/enrolment-session';

export async function requireUserSession(servers: ServerPort, subject: ServerListSubject): Promise<PasswordSession> {
  const session = await servers.currentSession();
  if (session === undefined) throw new ServerLoginRequiredError(subject, false);
  if (session.method !== 'password' || !session.username) throw new ServerLoginRequiredError(subject, true);
  return { ...session, method: 'password', username: session.username };
}
