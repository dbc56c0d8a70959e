// Step 1 of an EMnify login: e-mail and password (with this browser's fingerprint when the server
// still trusts it), or an application token. One session at a time: starting a login ends the one
// before (logged-out → logging-in), and the answer moves on from there: to awaiting-code or
// logged-in. Nothing is ever retried: a failed attempt counts towards the 3-strike lockout.
// @see docs/api-contract.md §1.2 flows 1, 3 and 5
import type { EmnifyClient } from '../../api';
import type { SessionView } from '../server-views';
import { emnifyClientFor } from '../emnify-clients';
import { leaveSession } from './end-session';
import { LoginEndedError } from '../errors';
import { readLastLogin, writeLastLogin } from './last-login';
import { commitLogin, finishLogin, keepOnlyWhileUnlocked, loggedIn, type LoginDeps } from './login-completion';
import { translateLoginError, type LoginStep } from './login-errors';
import { getProfile, selectProfile } from '../profiles/profiles';
import { ANY_RECORD, LOGGED_OUT, transition, type SessionState } from './session-machine';
import { buildSessionView } from './session-view';
import { findTrustedDevice, isConfirmed, updateTrust } from './trusted-devices';
import { requireUnlocked } from './unlocked';

/** A login under way: its profile's client, and the revision at which it left the machine. */
type LoginInFlight = { client: EmnifyClient; revision: number };

/** The profile's client, with the previous session ended and the form's choices remembered. */
async function prepareLogin(deps: LoginDeps, profileId: string, username?: string): Promise<LoginInFlight> {
  await requireUnlocked(deps.vault);
  const client = emnifyClientFor(await getProfile(profileId));
  const started = await leaveSession(ANY_RECORD, { state: 'logging-in', profileId });
  if (!started) throw new LoginEndedError();
  await writeLastLogin({ profileId, username: username ?? (await readLastLogin()).username });
  await selectProfile(profileId);
  return { client, revision: started.to.revision };
}

/** Sends step 1; a refusal leaves the machine logged out again, unless it has moved on meanwhile. */
async function authenticate<T>(login: LoginInFlight, step: LoginStep, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    await transition(login.revision, LOGGED_OUT);
    throw translateLoginError(error, step);
  }
}

const keep = (deps: LoginDeps, login: LoginInFlight, next: SessionState) =>
  commitLogin(deps, login.revision, next, () => new LoginEndedError());

export async function loginWithPassword(
  deps: LoginDeps,
  request: { profileId: string; username: string; password: string },
): Promise<SessionView> {
  const { profileId, password } = request;
  const username = request.username.trim();
  const login = await prepareLogin(deps, profileId, username);
  const device = await findTrustedDevice(deps.vault, profileId, username, deps.now());
  const result = await authenticate(login, { step: 'password' }, () =>
    login.client.loginWithPassword({ username, password, fingerprint: device?.fingerprint }),
  );
  if (result.kind === 'tokens') {
    // No code with the fingerprint: the server trusts it, whatever its device list showed before.
    if (device && !isConfirmed(device)) await updateTrust(deps.vault, device, { trust: 'confirmed' });
    await keep(deps, login, loggedIn({ profileId, username, method: 'password', skippedCode: device !== undefined }, result));
    return finishLogin(deps);
  }
  // Asked for a code although a fingerprint went along: the server does not trust it (expired
  // early, removed from its list, or never registered), so it is not sent again. It is kept to be
  // registered again if the user trusts this browser again.
  if (device) await updateTrust(deps.vault, device, { trust: 'lapsed' });
  const { mfaToken } = result;
  await keep(deps, login, { state: 'awaiting-code', profileId, username, mfaToken, fingerprintSent: device !== undefined, rejections: 0 });
  await keepOnlyWhileUnlocked(deps);
  return buildSessionView(deps);
}

/** Flow 5: no username, no MFA step and no refresh token; the session ends with the token's `exp`. */
export async function loginWithApplicationToken(
  deps: LoginDeps,
  request: { profileId: string; applicationToken: string },
): Promise<SessionView> {
  const login = await prepareLogin(deps, request.profileId);
  const result = await authenticate(login, { step: 'application-token' }, () =>
    login.client.loginWithApplicationToken(request.applicationToken.trim()),
  );
  await keep(deps, login, loggedIn({ profileId: request.profileId, method: 'application-token', skippedCode: false }, result));
  return finishLogin(deps);
}
