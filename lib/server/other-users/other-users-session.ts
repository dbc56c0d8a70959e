// Whose authority an administrator's request runs under, and what the server's refusals mean
// for the user asked about. Nothing here is kept between requests: every view is read afresh
// from the server, so no user's lists can be shown for another.
import { ApiError } from '../../api';
import { sameUser } from '../../accounts/server-binding';
import type { PasswordSession } from '../enrolment/enrolment-session';
import type { ServerPort } from '../server-port';
import { LoginChangedError, ManageOthersForbiddenError, NoSuchUserError, OtherUsersLoginRequiredError } from './other-users-errors';

export async function requireManagerSession(servers: ServerPort): Promise<PasswordSession> {
  const session = await servers.currentSession();
  if (session?.method !== 'password' || !session.username) throw new OtherUsersLoginRequiredError();
  return { ...session, method: 'password', username: session.username };
}

/**
 * An answer is shown only if the login that asked for it is still the current one: a logout or a
 * login as someone else (or on another server) while the server answered drops it.
 */
export async function requireSameLogin(servers: ServerPort, asked: PasswordSession): Promise<void> {
  const now = await servers.currentSession();
  const same =
    now?.profile.id === asked.profile.id && now.method === 'password' && !!now.username && sameUser(now.username, asked.username);
  if (!same) throw new LoginChangedError();
}

/** The server's refusals as the page says them: 403 is no administrator, 404 no such user. */
export async function asManager<T>(userId: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) throw new ManageOthersForbiddenError({ cause: error });
    if (error instanceof ApiError && error.status === 404) throw new NoSuchUserError(userId, { cause: error });
    throw error;
  }
}

/** Deletes what may already be gone: a 404 here is the device or key, and the next read tells the user apart. */
export async function deleteIfThere(remove: () => Promise<void>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
}
