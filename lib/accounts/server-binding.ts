// Which vault accounts are enrolments: seeds of MFA keys the server has created but not yet
// activated. They are kept apart from the codes list until the server confirms them, because a
// code from an unconfirmed seed would let nobody in. Types and one predicate only, so the code
// paths that run on every popup opening pay nothing for it.
import type { StoredAccount } from '../vault/vault-port';
import type { ServerBinding } from '../vault/record-types';

export type PendingBinding = ServerBinding & { enrolment: 'pending'; mfaKeyId: number };
export type PendingAccount = StoredAccount & { server: PendingBinding };

/**
 * A seed stored for a key that is still waiting for activation. Only the enrolment flow writes
 * 'pending', always with the key's id; a binding without one has nothing to activate, so it is
 * shown as an ordinary account rather than hidden.
 */
export function isPendingEnrolment(account: StoredAccount): account is PendingAccount {
  return account.server?.enrolment === 'pending' && account.server.mfaKeyId !== undefined;
}
