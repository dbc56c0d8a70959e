// Enrolments as the pages see them: the list of keys waiting for activation, and the one reply
// that carries a seed (reveal), for adding the key to a phone as well.
import type { ServerDeps } from '../server-deps';
import type { StoredAccount, VaultPort } from '../../vault/vault-port';
import type { EnrolmentSecretView, PendingEnrolment, ServerProfile } from '../server-views';
import { formatOtpauthUri } from '../../otp';
import { VaultNotFoundError } from '../../vault/errors';
import { groupedBase32 } from '../../otp/base32';
import { isPendingEnrolment, type PendingAccount } from '../../accounts/server-binding';
import { EnrolmentNotFoundError, EnrolmentNotPendingError } from './enrolment-errors';
import { isSessionOf, profileLookup, removedProfile } from './enrolment-session';

/** The vault account of a key still waiting for activation, or the error that says why not. */
export async function findPendingEnrolment(vault: VaultPort, accountId: string): Promise<PendingAccount> {
  let account: StoredAccount;
  try {
    account = await vault.getAccount(accountId);
  } catch (error) {
    if (error instanceof VaultNotFoundError) throw new EnrolmentNotFoundError();
    throw error;
  }
  if (!isPendingEnrolment(account)) throw new EnrolmentNotPendingError();
  return account;
}

export function toPendingEnrolment(account: PendingAccount, profile: ServerProfile, canFinish: boolean): PendingEnrolment {
  return {
    accountId: account.id,
    profile,
    username: account.server.username,
    keyId: account.server.mfaKeyId,
    issuer: account.issuer,
    label: account.label,
    createdAt: account.createdAt,
    canFinish,
  };
}

/**
 * Every enrolment in the vault, oldest first. One whose server profile was removed is still
 * listed (under the profile's id), so its seed is never hidden from the user: it can be cancelled.
 */
export async function listPendingEnrolments({ vault, servers }: Pick<ServerDeps, 'vault' | 'servers'>): Promise<PendingEnrolment[]> {
  const pending = (await vault.listAccounts()).filter(isPendingEnrolment);
  if (pending.length === 0) return [];
  const [profileOf, session] = await Promise.all([profileLookup(servers), servers.currentSession()]);
  return pending.map((account) => {
    const { profileId } = account.server;
    return toPendingEnrolment(account, profileOf(profileId) ?? removedProfile(profileId), isSessionOf(session, account.server));
  });
}

/**
 * The secret and the QR code of a pending key. Refused once the key is active: from then on the
 * seed is an ordinary vault account, which is not revealed without the passphrase.
 */
export async function revealEnrolment(vault: VaultPort, accountId: string): Promise<EnrolmentSecretView> {
  const account = await findPendingEnrolment(vault, accountId);
  return { secret: groupedBase32(account.secret), otpauthUri: formatOtpauthUri(account) };
}
