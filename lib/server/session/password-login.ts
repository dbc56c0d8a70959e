// Step 1 of an EMnify login: e-mail and password (with this browser's fingerprint when the server
// still trusts it), or an application token. One session at a time: starting a login ends the one
// before. Nothing is ever retried: a failed attempt counts towards the 3-strike lockout.
// @see docs/api-contract.md §1.2 flows 1, 3 and 5
import type { ServerDeps } from '../server-deps';
import type { SessionView } from '../server-views';
import { emnifyClientFor } from '../emnify-clients';
import { endServerSession } from './end-session';
import { LoginEndedError } from '../errors';
import { commitLogin, type LoginInFlight } from './login-commit';
import { translateLoginError } from './login-errors';
import { getProfile, selectProfile } from '../profiles/profiles';
import { scheduleRefresh } from './refresh-schedule';
import { sessionEndings } from './session-changes';
import { buildSessionView } from './session-view';
import { readLastLogin, writeLastLogin, writePendingMfa, writeStoredSession } from './session-storage';
import { findTrustedDevice, forgetTrustedDevices } from './trusted-devices';
import { requireUnlocked } from './unlocked';

export type LoginDeps = Pick<ServerDeps, 'vault' | 'now' | 'sleep'>;

/** The profile's client, with the previous session ended and the form's choices remembered. */
async function prepareLogin(deps: LoginDeps, profileId: string, username?: string): Promise<LoginInFlight> {
  await requireUnlocked(deps.vault);
  const profile = await getProfile(profileId);
  const client = emnifyClientFor(profile);
  await endServerSession();
  const since = sessionEndings();
  await writeLastLogin({ profileId, username: username ?? (await readLastLogin()).username });
  await selectProfile(profileId);
  return { vault: deps.vault, client, since, ended: () => new LoginEndedError() };
}

/**
 * A session (or a pending step) is only kept while the vault is unlocked; a lock that came in while
 * the server was answering has already ended the session, so what was just stored is ended too.
 */
async function keepOnlyWhileUnlocked(deps: LoginDeps): Promise<void> {
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

export async function loginWithPassword(
  deps: LoginDeps,
  request: { profileId: string; username: string; password: string },
): Promise<SessionView> {
  const { profileId, password } = request;
  const username = request.username.trim();
  const login = await prepareLogin(deps, profileId, username);
  const device = await findTrustedDevice(deps.vault, profileId, username, deps.now());
  let result;
  try {
    result = await login.client.loginWithPassword({ username, password, fingerprint: device?.fingerprint });
  } catch (error) {
    throw translateLoginError(error, { step: 'password' });
  }
  if (result.kind === 'tokens') {
    const session = { profileId, username, method: 'password', skippedCode: device !== undefined } as const;
    await commitLogin(login, result, () => writeStoredSession(session));
    return finishLogin(deps);
  }
  // Asked for a code although a fingerprint went along: the server no longer trusts it (expired
  // early, or removed from its list), so it is not sent again.
  if (device) await forgetTrustedDevices(deps.vault, profileId, username);
  const { mfaToken } = result;
  await commitLogin(login, result, () =>
    writePendingMfa({ profileId, username, mfaToken, fingerprintSent: device !== undefined, rejections: 0 }),
  );
  await keepOnlyWhileUnlocked(deps);
  return buildSessionView(deps);
}

/** Flow 5: no username, no MFA step and no refresh token; the session ends with the token's `exp`. */
export async function loginWithApplicationToken(
  deps: LoginDeps,
  request: { profileId: string; applicationToken: string },
): Promise<SessionView> {
  const login = await prepareLogin(deps, request.profileId);
  let result;
  try {
    result = await login.client.loginWithApplicationToken(request.applicationToken.trim());
  } catch (error) {
    throw translateLoginError(error, { step: 'application-token' });
  }
  await commitLogin(login, result, () =>
    writeStoredSession({ profileId: request.profileId, method: 'application-token', skippedCode: false }),
  );
  return finishLogin(deps);
}
