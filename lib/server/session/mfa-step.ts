// Step 2 of an EMnify login: the one-time code, typed by the user or taken from a vault account (the
// one bound to this user, or one the user picked when none is), optionally registering this browser
// as a trusted device (said to be trusted only once the server's list shows it: login-completion.ts).
// From awaiting-code the answer leads to logged-in, back to awaiting-code with one more refusal, or
// (locked out) to logged-out. The step is known by its mfa_token: the server's name for it. A picked
// account the server accepted is offered for tying to this user (key-offer.ts).
// @see docs/api-contract.md §1.2 flow 2 (current `trusted_device` form), §4 (never the same code twice)
import type { DeviceInfo, SessionView } from '../server-views';
import type { StoredAccount } from '../../vault/vault-port';
import { findBoundAccount, isPendingEnrolment, logsInAs } from '../../accounts/server-binding';
import { emnifyClientFor } from '../emnify-clients';
import { endServerSession } from './end-session';
import { AccountLockedError, CodeRejectedError, NoPendingLoginError, NoVaultCodeError } from '../errors';
import { spendTypedCode, takeFreshTotpCode } from './fresh-code';
import { commitLogin, finishLogin, loggedIn, rememberDevice, type LoginDeps } from './login-completion';
import { translateLoginError } from './login-errors';
import { getProfile } from '../profiles/profiles';
import { readSessionRecord, transition, type AwaitingCode, type SessionRecord } from './session-machine';
import { lastRegistration, newFingerprint } from './trusted-devices';
import { requireUnlocked } from './unlocked';

/**
 * A code of the vault account the user picked, else of the one bound to this user, from a time
 * step never sent before (it may wait for one). Only time-based codes answer the step, and never
 * those of a key still being enrolled.
 */
async function codeFromVault(deps: LoginDeps, pending: AwaitingCode, accountId?: string): Promise<{ code: string; account: StoredAccount }> {
  const account = accountId ? await deps.vault.getAccount(accountId) : await findBoundAccount(deps.vault, pending.profileId, pending.username);
  if (account?.type !== 'totp' || isPendingEnrolment(account)) throw new NoVaultCodeError();
  return { code: await takeFreshTotpCode(account, { now: deps.now, sleep: deps.sleep }), account };
}

/**
 * The code the user typed, spent for the bound vault account when it is one of its codes (copied
 * from the codes list, or from a phone with the same seed): the vault never sends it again.
 */
async function typedCode(deps: LoginDeps, pending: AwaitingCode, code: string): Promise<string> {
  const account = await findBoundAccount(deps.vault, pending.profileId, pending.username);
  if (account) await spendTypedCode(account, code, deps.now());
  return code;
}

/**
 * After a refusal: counts it on the step, unless that step was replaced or cancelled while the
 * server answered (a newer login's step is left alone). Locked for 5 minutes: this mfa_token will
 * most likely have expired by then, so the login starts again from the password.
 */
async function recordRefusal(stillPending: (record: SessionRecord) => boolean, error: unknown): Promise<void> {
  if (error instanceof CodeRejectedError) {
    await transition(stillPending, (step) => (step.state === 'awaiting-code' ? { ...step, rejections: step.rejections + 1 } : step));
  }
  if (error instanceof AccountLockedError) await endServerSession({ expected: stillPending });
}

export async function submitCode(
  deps: LoginDeps,
  request: { code?: string; accountId?: string; trustedDevice?: DeviceInfo },
): Promise<SessionView> {
  await requireUnlocked(deps.vault);
  const { session: pending } = await readSessionRecord();
  if (pending.state !== 'awaiting-code') throw new NoPendingLoginError();
  const stillPending = ({ session }: SessionRecord) => session.state === 'awaiting-code' && session.mfaToken === pending.mfaToken;
  const { profileId, username } = pending;
  const client = emnifyClientFor(await getProfile(profileId));
  const typed = request.code?.trim();
  const { code, account } = typed
    ? { code: await typedCode(deps, pending, typed), account: undefined }
    : await codeFromVault(deps, pending, request.accountId);
  // Waiting for a fresh code can take up to a period: the login may have been cancelled meanwhile.
  if (!stillPending(await readSessionRecord())) throw new NoPendingLoginError();
  // One fingerprint per browser profile and user (§1.2): trusting again re-registers the same one.
  const previous = request.trustedDevice && (await lastRegistration(deps.vault, profileId, username));
  const device = request.trustedDevice && { ...request.trustedDevice, fingerprint: previous?.fingerprint ?? newFingerprint() };
  let result;
  try {
    result = await client.completeMfaLogin({ mfaToken: pending.mfaToken, code, trustedDevice: device });
  } catch (error) {
    const translated = translateLoginError(error, { step: 'code', rejectedBefore: pending.rejections });
    await recordRefusal(stillPending, translated);
    throw translated;
  }
  // A code always ends in tokens; an answer asking for yet another step leaves the machine as it is.
  if (result.kind !== 'tokens') throw new NoPendingLoginError();
  // Cancelled, logged out or locked while the server checked the code: the login is not kept.
  // A picked account not yet tied to this user: the session offers to tie it.
  const keyOffer = account && !logsInAs(account, profileId, username) ? account.id : undefined;
  const facts = { profileId, username, method: 'password' as const, skippedCode: false, keyOffer, trustRequested: device !== undefined };
  await commitLogin(deps, stillPending, loggedIn(facts, result), () => new NoPendingLoginError());
  if (device) await rememberDevice(deps, client, { profileId, username, device, rememberedId: previous?.deviceId });
  return finishLogin(deps);
}
