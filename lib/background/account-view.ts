import type { AccountSummary } from '../messaging/protocol';
import type { OtpAccount } from '../otp';

/** The popup's view of an account: everything but the secret. */
export function toAccountSummary(account: OtpAccount & { id: string }): AccountSummary {
  return {
    id: account.id,
    type: account.type,
    issuer: account.issuer,
    label: account.label,
    algorithm: account.algorithm,
    digits: account.digits,
    period: account.period,
    counter: account.counter,
  };
}
