// Step 2 of an EMnify login: the one-time code, typed by the user or taken from the vault account
// bound to this user, optionally registering this browser as a trusted device.
// @see docs/api-contract.md §1.2 flow 2 (current `trusted_device` form), §4 (never the same code twice)
import type { EmnifyClient } from '../../api';
import type { SessionView } from '../server-views';
import { findBoundAccount } from './bound-account';
import { describeThisBrowser, type DeviceInfo } from './device-info';
import { emnifyClientFor } from '../emnify-clients';
import { endServerSessionNow } from './end-session';
import { AccountLockedError, CodeRejectedError, NoPendingLoginError, NoVaultCodeError } from '../errors';
import { spendTypedCode, takeFreshTotpCode } from './fresh-code';
import { commitLogin } from './login-commit';
import { translateLoginError } from './login-errors';
import { finishLogin, type LoginDeps } from './password-login';
import { getProfile } from '../profiles/profiles';
import { changeSessionSerially, sessionEndings } from './session-changes';
import { clearPendingMfa, readPendingMfa, writePendingMfa, writeStoredSession, type PendingMfa } from './session-storage';
import { learnDeviceId, newFingerprint, saveTrustedDevice } from './trusted-devices';
import { requireUnlocked } from './unlocked';

/** A code of the bound vault account from a time step never sent before (it may wait for one). */
async function codeFromVault(deps: LoginDeps, pending: PendingMfa): Promise<string> {
  const account = await findBoundAccount(deps.vault, pending.profileId, pending.username);
  if (!account) throw new NoVaultCodeError();
  return takeFreshTotpCode(account, { now: deps.now, sleep: deps.sleep });
}

/**
 * The code the user typed, spent for the bound vault account when it is one of its codes (copied
 * from the codes list, or from a phone with the same seed): the vault never sends it again.
 */
async function typedCode(deps: LoginDeps, pending: PendingMfa, code: string): Promise<string> {
  const account = await findBoundAccount(deps.vault, pending.profileId, pending.username);
  if (account) await spendTypedCode(account, code, deps.now());
  return code;
}

/**
 * After a refusal: counts it on the pending step, unless that step was replaced or cancelled
 * while the server answered (a newer login's step is left alone).
 */
function recordRefusal(pending: PendingMfa, error: unknown): Promise<void> {
  // One session change: a cancel cannot come between the read and the write and see its step back.
  return changeSessionSerially(async () => {
    const current = await readPendingMfa();
    if (current?.mfaToken !== pending.mfaToken) return;
    if (error instanceof CodeRejectedError) await writePendingMfa({ ...current, rejections: current.rejections + 1 });
    // Locked for 5 minutes: this mfa_token will most likely have expired by then, so the login
    // starts again from the password.
    if (error instanceof AccountLockedError) await endServerSessionNow();
  });
}

/** Keeps the fingerprint the server has just accepted, then looks for the server's id of it. */
async function rememberDevice(
  deps: LoginDeps,
  client: EmnifyClient,
  registration: { profileId: string; username: string; device: DeviceInfo & { fingerprint: string } },
): Promise<void> {
  const registeredAt = deps.now();
  const record = await saveTrustedDevice(deps.vault, {
    ...registration,
    fingerprint: registration.device.fingerprint,
    registeredAt,
  });
  await learnDeviceId(client, deps.vault, record, registeredAt);
}

export async function submitCode(
  deps: LoginDeps,
  request: { code?: string; trustDevice: boolean },
): Promise<SessionView> {
  await requireUnlocked(deps.vault);
  const pending = await readPendingMfa();
  if (!pending) throw new NoPendingLoginError();
  const since = sessionEndings();
  const profile = await getProfile(pending.profileId);
  const client = emnifyClientFor(profile);
  const typed = request.code?.trim();
  const code = typed ? await typedCode(deps, pending, typed) : await codeFromVault(deps, pending);
  // Waiting for a fresh code can take up to a period: the login may have been cancelled meanwhile.
  if ((await readPendingMfa())?.mfaToken !== pending.mfaToken) throw new NoPendingLoginError();
  const device = request.trustDevice ? { ...describeThisBrowser(), fingerprint: newFingerprint() } : undefined;
  let result;
  try {
    result = await client.completeMfaLogin({ mfaToken: pending.mfaToken, code, trustedDevice: device });
  } catch (error) {
    const translated = translateLoginError(error, { step: 'code', rejectedBefore: pending.rejections });
    await recordRefusal(pending, translated);
    throw translated;
  }
  // Cancelled, logged out or locked while the server checked the code: the login is not kept.
  await commitLogin({ vault: deps.vault, client, since, ended: () => new NoPendingLoginError() }, result, async () => {
    await clearPendingMfa();
    await writeStoredSession({ profileId: profile.id, username: pending.username, method: 'password', skippedCode: false });
  });
  if (device) {
    // The login has succeeded: failing to remember the device only means a code next time.
    await rememberDevice(deps, client, { profileId: profile.id, username: pending.username, device }).catch(
      (error: unknown) =>
        console.warn(`Remembering this browser as trusted failed (${error instanceof Error ? error.name : 'unknown error'}).`),
    );
  }
  return finishLogin(deps);
}
