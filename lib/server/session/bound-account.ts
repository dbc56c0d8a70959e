// The vault account holding a server user's MFA seed, found by its binding (profile + user), never
// by matching issuer or label text: a look-alike account must not be offered for a login.
import type { StoredAccount, VaultPort } from '../../vault/vault-port';
import { sameUser } from './trusted-devices';

/**
 * The TOTP account bound to this user on this server whose key is usable: one still pending
 * enrolment would give codes the server does not accept yet, and one that no longer names an MFA
 * key (the user deleted that key on the management page) would send a code the server refuses,
 * which counts towards its lockout. Among several, a key the server activated comes first, then
 * the newest.
 */
export async function findBoundAccount(
  vault: VaultPort,
  profileId: string,
  username: string,
): Promise<StoredAccount | undefined> {
  const rank = (account: StoredAccount) => (account.server?.enrolment === 'active' ? 1 : 0);
  return (await vault.listAccounts())
    .filter(
      (account) =>
        account.type === 'totp' &&
        account.server !== undefined &&
        account.server.profileId === profileId &&
        sameUser(account.server.username, username) &&
        account.server.mfaKeyId !== undefined &&
        account.server.enrolment !== 'pending',
    )
    .sort((a, b) => rank(b) - rank(a) || b.createdAt - a.createdAt)[0];
}
