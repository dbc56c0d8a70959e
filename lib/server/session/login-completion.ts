// What every login shares once the server has answered, whichever step it answered: the answer is
// kept only through one transition from where the login left the machine, a session is kept only
// while the vault is unlocked, a new session gets its refresh alarm, and a device the server has
// just trusted is remembered. The password step and the MFA step both end here.
import type { AuthResult, EmnifyClient } from '../../api';
import type { ServerDeps } from '../server-deps';
import type { SessionView } from '../server-views';
import type { DeviceInfo } from '../server-views';
import { endServerSession } from './end-session';
import { scheduleRefresh } from './refresh-schedule';
import { transition, type Expected, type LoggedIn, type SessionState } from './session-machine';
import { buildSessionView } from './session-view';
import { learnDeviceId, saveTrustedDevice } from './trusted-devices';
import { requireUnlocked } from './unlocked';

export type LoginDeps = Pick<ServerDeps, 'vault' | 'now' | 'sleep'>;

/** The logged-in state a login's tokens lead to. */
export function loggedIn(facts: Omit<LoggedIn, 'state' | 'tokens'>, answer: AuthResult & { kind: 'tokens' }): LoggedIn {
  return { state: 'logged-in', ...facts, tokens: { authToken: answer.authToken, refreshToken: answer.refreshToken } };
}

/**
 * Moves the machine to `next` if it is still where the login left it. Otherwise the session was
 * ended meanwhile (a logout, a lock, a cancelled MFA step, another login): nothing of the answer is
 * stored, and the login fails with `ended()`, or VaultLockedError after a lock, which is what the
 * user will want to undo first.
 */
export async function commitLogin(deps: LoginDeps, expected: Expected, next: SessionState, ended: () => Error): Promise<void> {
  if (await transition(expected, next)) return;
  await requireUnlocked(deps.vault);
  throw ended();
}

/**
 * A session (or a pending step) is only kept while the vault is unlocked; a lock that came in while
 * the server was answering has already ended the session, so what was just stored is ended too.
 */
export async function keepOnlyWhileUnlocked(deps: LoginDeps): Promise<void> {
  await requireUnlocked(deps.vault).catch(async (error: unknown) => {
    await endServerSession();
    throw error;
  });
}

/** The logged-in view of a session just stored, with its refresh alarm. */
export async function finishLogin(deps: LoginDeps): Promise<SessionView> {
  await scheduleRefresh(deps.now());
  await keepOnlyWhileUnlocked(deps);
  return buildSessionView(deps);
}

/**
 * Keeps the fingerprint the server has just accepted, then looks for the server's id of it. The
 * login has succeeded: failing to remember the device only means a code next time.
 */
export async function rememberDevice(
  deps: LoginDeps,
  client: EmnifyClient,
  registration: { profileId: string; username: string; device: DeviceInfo & { fingerprint: string } },
): Promise<void> {
  try {
    const registeredAt = deps.now();
    const record = await saveTrustedDevice(deps.vault, {
      ...registration,
      fingerprint: registration.device.fingerprint,
      registeredAt,
    });
    await learnDeviceId(client, deps.vault, record, registeredAt);
  } catch (error) {
    console.warn(`Remembering this browser as trusted failed (${error instanceof Error ? error.name : 'unknown error'}).`);
  }
}
