// The popup's view of the server session: logged out (with what to prefill and why the last
// session ended), waiting at the MFA step, or logged in. Built from the session machine and the vault
// on every call, so a reopened popup or a restarted worker shows where the login stands. No token,
// mfa_token or fingerprint ever goes into it.
import { readJwtExpiry } from '../../api';
import type { ServerDeps } from '../server-deps';
import type { SessionView, VaultAccountName } from '../server-views';
import type { StoredAccount } from '../../vault/vault-port';
import { findBoundAccount } from '../../accounts/server-binding';
import { readCurrentSession } from './current-session';
import { endServerSession } from './end-session';
import { UnknownProfileError } from '../errors';
import { getProfile, listProfiles } from '../profiles/profiles';
import { readLastLogin } from './last-login';
import { readSessionRecord, type AwaitingCode } from './session-machine';
import { sessionNoticeText } from './session-notices';
import { findTrustedDevice, isConfirmed, trustedUntil } from './trusted-devices';
import type { TrustedDeviceRecord } from '../../vault/record-types';

type ViewDeps = Pick<ServerDeps, 'vault' | 'now'>;

/** The view without its absent fields, as it would look after crossing the message channel. */
function withoutAbsent<T extends object>(view: T): T {
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)) as T;
}

const accountName = ({ id, issuer, label }: StoredAccount): VaultAccountName => ({ id, issuer, label });

async function loggedOutView(notice?: string): Promise<SessionView> {
  const [last, profiles] = await Promise.all([readLastLogin(), listProfiles()]);
  // A removed profile is not offered again.
  const lastProfileId = profiles.some((profile) => profile.id === last.profileId) ? last.profileId : undefined;
  return withoutAbsent({ state: 'logged-out', lastProfileId, lastUsername: last.username, notice });
}

async function mfaView(pending: AwaitingCode, deps: ViewDeps): Promise<SessionView> {
  let profile;
  try {
    profile = await getProfile(pending.profileId);
  } catch (error) {
    if (!(error instanceof UnknownProfileError)) throw error;
    await endServerSession();
    return loggedOutView();
  }
  const account = await findBoundAccount(deps.vault, pending.profileId, pending.username);
  return withoutAbsent({
    state: 'mfa',
    profile,
    username: pending.username,
    vaultAccount: account && accountName(account),
    deviceNotTrusted: pending.fingerprintSent || undefined,
  });
}

type LoggedInView = Extract<SessionView, { state: 'logged-in' }>;

/**
 * "Trusted until" only once the server is known to trust this browser; otherwise, after a login
 * that asked for trust, why it is not said. No registration left means the server did not register
 * it, or it was revoked since: either way the next login asks for a code.
 */
function trustFacts(device: TrustedDeviceRecord | undefined, requested: boolean): Pick<LoggedInView, 'trustedUntil' | 'trustRequest'> {
  if (device) return isConfirmed(device) ? { trustedUntil: trustedUntil(device) } : { trustRequest: 'not-confirmed' };
  return { trustRequest: requested ? 'not-registered' : undefined };
}

export async function buildSessionView(deps: ViewDeps): Promise<SessionView> {
  const { session } = await readSessionRecord();
  if (session.state === 'awaiting-code') return mfaView(session, deps);
  const now = deps.now();
  const current = await readCurrentSession(now);
  if (!current) {
    const { session: ended } = await readSessionRecord();
    return loggedOutView(ended.state === 'logged-out' ? sessionNoticeText(ended.notice) : undefined);
  }
  const { profile, state } = current;
  const device = state.username === undefined ? undefined : await findTrustedDevice(deps.vault, profile.id, state.username, now);
  const trust = trustFacts(device, state.trustRequested === true);
  // An account deleted since the login is not offered.
  const offered = state.keyOffer === undefined ? undefined : await deps.vault.getAccount(state.keyOffer).catch(() => undefined);
  return withoutAbsent({
    state: 'logged-in',
    profile,
    username: state.username,
    method: state.method,
    expiresAt: readJwtExpiry(state.tokens.authToken),
    trustedUntil: trust.trustedUntil,
    trustRequest: trust.trustRequest,
    skippedCode: state.skippedCode || undefined,
    keyOffer: offered && accountName(offered),
  });
}
