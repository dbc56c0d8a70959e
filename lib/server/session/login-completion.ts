// What every login shares once the server has answered, whichever step it answered: the answer is
// kept only through one transition from where the login left the machine, a session is kept only
// while the vault is unlocked, a new session gets its refresh alarm, and this browser, when the user
// asked the server to trust it, is remembered as trusted only once the server's list shows it is.
// The password step and the MFA step both end here.
import type { AuthResult, EmnifyClient } from '../../api';
import type { ServerDeps } from '../server-deps';
import type { SessionView } from '../server-views';
import type { DeviceInfo } from '../server-views';
import { endServerSession } from './end-session';
import { scheduleRefresh } from './refresh-schedule';
import { transition, type Expected, type LoggedIn, type SessionState } from './session-machine';
import { buildSessionView } from './session-view';
import { findRegistration, type RegistrationSeen } from './trust-confirmation';
import { forgetTrustedDevices, saveTrustedDevice, updateTrust } from './trusted-devices';
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
 * Keeps the fingerprint sent with the code, then reads the server's device list to see whether the
 * server registered it (trust-confirmation.ts). Until the list shows it, the record stays
 * unconfirmed: a worker stopped half-way claims nothing. Not registered: no fingerprint is kept.
 * The login has succeeded whatever happens here. A list that cannot be read (network, 5xx) leaves
 * the registration unconfirmed rather than failing the login or claiming either way: the next
 * login sends the fingerprint, and a skipped code confirms it (password-login.ts).
 */
export async function rememberDevice(
  deps: LoginDeps,
  client: EmnifyClient,
  registration: { profileId: string; username: string; device: DeviceInfo & { fingerprint: string }; rememberedId?: number },
): Promise<void> {
  const { profileId, username, device } = registration;
  try {
    const registeredAt = deps.now();
    const record = await saveTrustedDevice(deps.vault, { profileId, username, device, fingerprint: device.fingerprint, registeredAt });
    const found = await readRegistration(client, device, registration.rememberedId, registeredAt);
    if (found.seen === 'trusted') await updateTrust(deps.vault, record, { trust: 'confirmed', deviceId: found.deviceId });
    if (found.seen === 'not-registered') await forgetTrustedDevices(deps.vault, profileId, username);
  } catch (error) {
    console.warn(`Remembering this browser as trusted failed (${errorName(error)}).`);
  }
}

async function readRegistration(
  client: EmnifyClient,
  device: DeviceInfo,
  rememberedId: number | undefined,
  now: number,
): Promise<RegistrationSeen> {
  try {
    return findRegistration(await client.listTrustedDevices(), device, rememberedId, now);
  } catch (error) {
    console.warn(`Reading the trusted devices after registering failed (${errorName(error)}).`);
    return { seen: 'unclear' };
  }
}

/** The error's name only: a message might quote what the server or the vault held. */
const errorName = (error: unknown) => (error instanceof Error ? error.name : 'unknown error');
