// Starting an enrolment: the server creates a pending key and hands out its seed, once
// (docs/api-contract.md §1.3). The seed goes into the vault before anything else happens, bound to the
// user and the key, so that a worker stopped at any later moment loses nothing.
import { ApiError, type EmnifyClient, type MfaKeyCreated } from '../../api';
import type { ServerDeps } from '../server-deps';
import type { ServerPort } from '../server-port';
import type { VaultPort } from '../../vault/vault-port';
import type { MfaTypeView, PendingEnrolment } from '../server-views';
import { VaultLockedError } from '../../vault/errors';
import { accountFromCreatedKey } from './enrolment-account';
import { enrolmentBinding, type PendingAccount } from '../../accounts/server-binding';
import { EnrolmentNotSavedError, EnrolmentPasswordError, MfaAlreadyActiveError } from './enrolment-errors';
import { toPendingEnrolment } from './enrolment-pending';
import { requirePasswordSession, type PasswordSession } from './enrolment-session';

export type EnrolmentRequest = { typeId: number; password: string };

/** The kinds of MFA key the server offers (today only TOTP, id 0). */
export async function listMfaTypes(servers: ServerPort): Promise<MfaTypeView[]> {
  const { client } = await servers.requireSession();
  return (await client.listMfaTypes()).map(({ id, description }) => ({ id, description: description ?? `MFA type ${id}` }));
}

/** Creates a key on the server and keeps its seed in the vault as a pending enrolment. */
export async function startEnrolment(
  { vault, servers }: Pick<ServerDeps, 'vault' | 'servers'>,
  request: EnrolmentRequest,
): Promise<PendingEnrolment> {
  // Checked before the key exists: a seed the vault cannot take would be lost for good.
  if ((await vault.getVaultState()) !== 'unlocked') throw new VaultLockedError();
  const session = await requirePasswordSession(servers);
  const key = await createKey(session.client, request);
  const account = await keepSeed(vault, session, key);
  return toPendingEnrolment(account, session.profile, true);
}

async function createKey(client: EmnifyClient, { typeId, password }: EnrolmentRequest): Promise<MfaKeyCreated> {
  try {
    return await client.createMfaKey({ password, typeId });
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) throw new MfaAlreadyActiveError();
    // 422 is a wrong password or a refused field; the server's sentence says which. @see §1.3
    if (error instanceof ApiError && error.status === 422) throw new EnrolmentPasswordError(error.serverMessage);
    throw error;
  }
}

/**
 * Stores the seed bound to the key. If it cannot be stored, the key is deleted on the server
 * again: a key whose seed exists nowhere could never be activated, only clutter the account.
 */
async function keepSeed(vault: VaultPort, session: PasswordSession, key: MfaKeyCreated): Promise<PendingAccount> {
  const server = enrolmentBinding({ profileId: session.profile.id, username: session.username }, key.id);
  try {
    const account = accountFromCreatedKey(key, { issuer: session.profile.name, label: session.username });
    // The account learns its site from the server that enrolled it (issue: autofill matching).
    const origins = [new URL(session.profile.baseUrl).origin];
    return { ...(await vault.addAccount({ ...account, server, origins })), server };
  } catch {
    // No cause kept: what failed was handling the seed, and a cause may quote what it handled.
    throw new EnrolmentNotSavedError(await deleteUnsavedKey(session.client, key.id));
  }
}

/** True when the key is gone from the server (deleted now, or already absent). */
async function deleteUnsavedKey(client: EmnifyClient, keyId: number): Promise<boolean> {
  try {
    await client.deleteMfaKey(keyId);
    return true;
  } catch (error) {
    return error instanceof ApiError && error.status === 404;
  }
}
