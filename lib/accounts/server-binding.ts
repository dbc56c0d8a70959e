// Ties of vault accounts to server users: the one owner of what a binding means. A binding lives
// inside the account's ciphertext (and so in every backup), and says whose MFA seed the account
// holds. The MFA step finds "this user's seed" by binding, never by matching issuer or label text:
// a look-alike account must not be sent for a login unless the user picked it.
//
// A binding logs its user in when the extension enrolled the key and the server activated it, or
// when the user tied the account themselves (at the MFA step or on the management page). It does
// not while the key waits for activation, nor once its key was deleted on the server.
import type { ServerBinding } from '../vault/record-types';
import { PendingAccountError } from '../vault/errors';
import type { StoredAccount, VaultPort } from '../vault/vault-port';

export type PendingBinding = ServerBinding & { enrolment: 'pending'; mfaKeyId: number };
export type PendingAccount = StoredAccount & { server: PendingBinding };

/** E-mail addresses are compared without case, as the server does when it looks a user up. */
export function sameUser(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * A seed stored for a key that is still waiting for activation. Only the enrolment flow writes
 * 'pending', always with the key's id; a binding without one has nothing to activate, so it is
 * shown as an ordinary account rather than hidden.
 */
export function isPendingEnrolment(account: StoredAccount): account is PendingAccount {
  return account.server?.enrolment === 'pending' && account.server.mfaKeyId !== undefined;
}

/** A key the extension just created for this user: its seed logs in nobody until the server activates it. */
export function enrolmentBinding(user: { profileId: string; username: string }, mfaKeyId: number): PendingBinding {
  return { ...user, mfaKeyId, enrolment: 'pending' };
}

/** The server activated the key: from now on the account logs its user in. */
export function activeBinding(binding: PendingBinding): ServerBinding {
  return { ...binding, enrolment: 'active' };
}

/**
 * The key was deleted on the server: the seed is still the user's (it may be on a phone too), but it
 * logs in nobody now, whoever tied it.
 */
export function keyDeletedBinding({ profileId, username }: ServerBinding): ServerBinding {
  return { profileId, username };
}

/**
 * The account's codes log its bound user in: a TOTP account the user tied, or one holding a key
 * the extension enrolled that is not pending. A binding that no longer names its key (deleted on
 * the management page) would send a code the server refuses, which counts towards its lockout.
 */
export function logsIn(account: StoredAccount): account is StoredAccount & { server: ServerBinding } {
  const { server } = account;
  return account.type === 'totp' && (server?.tiedAt !== undefined || (server?.mfaKeyId !== undefined && server.enrolment !== 'pending'));
}

/** The account's codes log `username` in on `profileId`. */
export function logsInAs(account: StoredAccount, profileId: string, username: string): boolean {
  return logsIn(account) && account.server.profileId === profileId && sameUser(account.server.username, username);
}

/**
 * The TOTP account bound to this user on this server whose codes log in. Among several, the
 * user's latest tie comes first, then a key the server activated, then the newest account.
 */
export async function findBoundAccount(vault: VaultPort, profileId: string, username: string): Promise<StoredAccount | undefined> {
  const active = (account: StoredAccount) => (account.server?.enrolment === 'active' ? 1 : 0);
  return (await vault.listAccounts())
    .filter((account) => logsInAs(account, profileId, username))
    .sort((a, b) => (b.server?.tiedAt ?? 0) - (a.server?.tiedAt ?? 0) || active(b) - active(a) || b.createdAt - a.createdAt)[0];
}

/**
 * Ties the account to this user on this server: from then on the MFA step offers its code in one
 * click. Pages offer no tie for a counter-based account, whose tie would log in nobody. A tie to
 * the user it is already bound to keeps what the enrolment knew (the key's id, for the MFA keys
 * page); any other binding gives way, since a seed opens one user's account.
 */
export async function tieAccount(vault: VaultPort, id: string, user: { profileId: string; username: string }, now: number): Promise<StoredAccount> {
  const { server } = await editableAccount(vault, id);
  const same = server?.profileId === user.profileId && sameUser(server.username, user.username);
  return vault.updateAccount(id, { server: { ...(same ? server : user), tiedAt: now } });
}

/** The account logs in nobody any more: its codes stay, the MFA step no longer offers them. */
export async function untieAccount(vault: VaultPort, id: string): Promise<StoredAccount> {
  await editableAccount(vault, id);
  return vault.updateAccount(id, { server: null });
}

/**
 * The account, unless it holds the seed of a key still being enrolled: that one is finished or
 * cancelled by the enrolment flow, which also knows about the key on the server.
 */
export async function editableAccount(vault: VaultPort, id: string): Promise<StoredAccount> {
  const account = await vault.getAccount(id);
  if (isPendingEnrolment(account)) throw new PendingAccountError();
  return account;
}
