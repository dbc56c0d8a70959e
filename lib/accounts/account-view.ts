import type { OtpAccount } from '../otp';
import { isPendingEnrolment } from './server-binding';
import type { StoredAccount } from '../vault/vault-port';

/** What a page may know of an account: the stored account without its secret and server tie. */
export type AccountSummary = Omit<StoredAccount, 'secret' | 'createdAt' | 'server' | 'origins'> & {
  /** Sites where the code may be filled. */
  origins: string[];
};

/** The popup's view of an account: everything but the secret. */
export function toAccountSummary(
  account: OtpAccount & Pick<StoredAccount, 'id' | 'origins' | 'siteMatch' | 'pinned' | 'lastUsedAt' | 'localOnly'>,
): AccountSummary {
  return {
    id: account.id,
    type: account.type,
    issuer: account.issuer,
    label: account.label,
    algorithm: account.algorithm,
    digits: account.digits,
    period: account.period,
    counter: account.counter,
    origins: account.origins ?? [],
    // Left out rather than undefined when unset: the usual account carries neither.
    ...(account.pinned && { pinned: true }),
    // Only the choice that differs from the default (exact addresses) is said.
    ...(account.siteMatch === 'site' && { siteMatch: 'site' as const }),
    ...(account.lastUsedAt !== undefined && { lastUsedAt: account.lastUsedAt }),
    ...(account.localOnly && { localOnly: true }),
  };
}

/**
 * The accounts that have codes to show: all but the seeds of MFA keys still waiting for
 * activation, whose codes would let nobody in yet (they are listed as enrolments instead).
 * Runs on every popup opening, so the usual case (no enrolment) returns the list as it is.
 */
export function accountsWithCodes(accounts: StoredAccount[]): StoredAccount[] {
  return accounts.some(isPendingEnrolment) ? accounts.filter((account) => !isPendingEnrolment(account)) : accounts;
}
