// Finishing an enrolment: activating the key with a code from its seed, or cancelling it. Each
// step leaves the vault consistent with the server, whatever fails and whenever the worker stops:
// the pending seed stays until the server has confirmed the key or no longer has it.
import { ApiError, type EmnifyClient } from '../../api';
import type { ServerDeps } from '../server-deps';
import type { StoredAccount } from '../../vault/vault-port';
import { activeBinding, type PendingBinding } from '../../accounts/server-binding';
import { ActivationCodeRejectedError, MfaAlreadyActiveError, MfaKeyGoneError } from './enrolment-errors';
import { findPendingEnrolment } from './enrolment-pending';
import { isSessionOf, loginRequired, profileLookup, requireSessionOf, type PasswordSession } from './enrolment-session';
import { takeFreshTotpCode } from '../session/fresh-code';

/** "Activation Pending" in the server's status list. @see docs/api-contract.md §1.3 */
const PENDING_STATUS_ID = 0;

/** Activates the key on the server, then marks the seed active: from then on it is an ordinary account. */
export async function activateEnrolment(
  { vault, servers, now, sleep }: Pick<ServerDeps, 'vault' | 'servers' | 'now' | 'sleep'>,
  accountId: string,
): Promise<StoredAccount> {
  const account = await findPendingEnrolment(vault, accountId);
  const binding = account.server;
  const session = await requireSessionOf(servers, binding);
  // Never a step the server has seen for this key (it refuses replays), even across restarts.
  const code = await takeFreshTotpCode(account, { now, sleep });
  try {
    await session.client.activateMfaKey(binding.mfaKeyId, code);
  } catch (error) {
    await settleActivationFailure(error, session, binding);
  }
  return vault.updateAccount(account.id, { server: activeBinding(binding) });
}

/**
 * Returns when the failure still means "the key is active" (409: activated already, e.g. just
 * before the worker stopped); otherwise throws what the user should know.
 */
async function settleActivationFailure(error: unknown, session: PasswordSession, binding: PendingBinding): Promise<void> {
  if (!(error instanceof ApiError)) throw error;
  switch (error.status) {
    case 409:
      if (await keyStillPending(session, binding.mfaKeyId)) throw new MfaAlreadyActiveError();
      return;
    case 422:
      throw new ActivationCodeRejectedError();
    case 404:
      throw new MfaKeyGoneError();
    default:
      throw error;
  }
}

/**
 * A 409 also comes when ANOTHER key of the user is the active one; marking this seed active then
 * would leave a seed whose codes the server refuses. Only the user's key list can tell: true when
 * it shows this key still pending. If the list cannot be read, the 409 is taken at its word.
 */
async function keyStillPending(session: PasswordSession, keyId: number): Promise<boolean> {
  try {
    const user = await session.client.getUser(session.username);
    return user.mfaKeys.some((key) => key.id === keyId && key.status?.id === PENDING_STATUS_ID);
  } catch {
    return false;
  }
}

/**
 * Deletes the key on the server (already absent counts as deleted), then the seed. Any other
 * failure leaves both in place, so the user can try again. When the server profile was removed
 * and no session on it remains, the seed alone is deleted: that server can no longer be reached
 * from here, and a pending key is of no use to anyone without its seed.
 */
export async function cancelEnrolment(
  { vault, servers }: Pick<ServerDeps, 'vault' | 'servers'>,
  accountId: string,
): Promise<void> {
  const account = await findPendingEnrolment(vault, accountId);
  const binding = account.server;
  const session = await servers.currentSession();
  if (isSessionOf(session, binding)) {
    await deleteServerKey(session.client, binding.mfaKeyId);
  } else if ((await profileLookup(servers))(binding.profileId) !== undefined) {
    throw await loginRequired(servers, binding);
  }
  await vault.deleteAccount(account.id);
}

async function deleteServerKey(client: EmnifyClient, keyId: number): Promise<void> {
  try {
    await client.deleteMfaKey(keyId);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
}
