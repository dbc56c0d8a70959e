// The user's own ends of a session: cancelling the MFA step, logging out, changing the password.
import type { ServerDeps } from '../server-deps';
import type { SessionView } from '../server-views';
import { readCurrentSession } from './current-session';
import { endServerSession, PASSWORD_CHANGED_NOTICE } from './end-session';
import { NotLoggedInError } from '../errors';
import { buildSessionView } from './session-view';
import { requireUnlocked } from './unlocked';

type ActionDeps = Pick<ServerDeps, 'vault' | 'now'>;

/**
 * Ends the pending step like a session, so that a code already on its way to the server cannot
 * finish the login afterwards. A logged-in session is left alone.
 */
export async function cancelMfa(deps: ActionDeps): Promise<SessionView> {
  await endServerSession({ expected: ({ session }) => session.state === 'awaiting-code' });
  return buildSessionView(deps);
}

export async function logout(deps: ActionDeps): Promise<SessionView> {
  await endServerSession();
  return buildSessionView(deps);
}

/**
 * Changes the logged-in user's password. The server ends every session of the old password
 * (docs/api-contract.md §1.5), so the user logs in again; a wrong current password (WrongOldPasswordError)
 * keeps the session.
 */
export async function changeServerPassword(
  deps: ActionDeps,
  request: { oldPassword: string; newPassword: string },
): Promise<SessionView> {
  await requireUnlocked(deps.vault);
  const session = await readCurrentSession(deps.now());
  if (!session) throw new NotLoggedInError();
  await session.client.changePassword(request);
  await endServerSession({ notice: PASSWORD_CHANGED_NOTICE });
  return buildSessionView(deps);
}
