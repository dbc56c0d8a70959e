// The logged-in user's MFA keys (docs/api-contract.md §1.3: `GET /api/v1/user/{username}` carries them),
// each with the vault account holding its seed when the extension enrolled it, and the pending
// enrolment the page can finish or cancel.
import type { MfaKey } from '../../api';
import { ACTIVE_MFA_STATUS_ID } from '../../api/emnify-mfa';
import type { ServerDeps } from '../server-deps';
import type { StoredAccount } from '../../vault/vault-port';
import type { MfaKeysView, MfaKeyView } from '../management-views';
import { requireUserSession } from '../devices/devices-session';
import { isPendingEnrolment, sameUser } from '../../accounts/server-binding';
import type { PasswordSession } from '../enrolment/enrolment-session';
import { keyLabels, type KeyLabels } from './mfa-keys-labels';

export type MfaKeysDeps = Pick<ServerDeps, 'vault' | 'servers'>;

/** The vault accounts bound to this user's key `keyId` on this server: by binding, never by name. */
export function accountsOfKey(accounts: StoredAccount[], session: PasswordSession, keyId: number): StoredAccount[] {
  return accounts.filter(
    ({ server }) =>
      server !== undefined &&
      server.profileId === session.profile.id &&
      sameUser(server.username, session.username) &&
      server.mfaKeyId === keyId,
  );
}

export function toKeyView(key: MfaKey, labels: KeyLabels, account: StoredAccount | undefined): MfaKeyView {
  const view: MfaKeyView = {
    id: key.id,
    type: labels.type(key),
    status: labels.status(key),
    // Without a status, an activation date is the only sign the server activated the key.
    active: key.status === undefined ? key.activatedAt !== undefined : key.status.id === ACTIVE_MFA_STATUS_ID,
  };
  if (key.createdAt !== undefined) view.createdAt = key.createdAt;
  if (key.activatedAt !== undefined) view.activatedAt = key.activatedAt;
  if (account !== undefined) {
    view.vaultAccount = { id: account.id, issuer: account.issuer, label: account.label };
    if (isPendingEnrolment(account)) view.pendingAccountId = account.id;
  }
  return view;
}

export async function readMfaKeys(deps: MfaKeysDeps, session: PasswordSession): Promise<MfaKeysView> {
  const [user, accounts] = await Promise.all([session.client.getUser(session.username), deps.vault.listAccounts()]);
  const labels = await keyLabels(session.client, user.mfaKeys);
  const newestFirst = [...accounts].sort((a, b) => b.createdAt - a.createdAt);
  return {
    profile: session.profile,
    username: session.username,
    keys: user.mfaKeys.map((key) => toKeyView(key, labels, accountsOfKey(newestFirst, session, key.id)[0])),
  };
}

export async function listMfaKeys(deps: MfaKeysDeps): Promise<MfaKeysView> {
  return readMfaKeys(deps, await requireUserSession(deps.servers, 'MFA keys'));
}
