import { generateCode, timeStep, type OtpAccount } from '../otp';

export interface TotpCode {
  id: string;
  code: string;
  /** Epoch milliseconds at which this code stops being current. */
  validUntil: number;
}

export interface CurrentCodes {
  codes: TotpCode[];
}

/** The current code of each time-based account, with the moment it stops being current. */
export function currentCodes(accounts: ReadonlyArray<OtpAccount & { id: string }>, at: number): Promise<TotpCode[]> {
  return Promise.all(
    accounts
      .filter((account) => account.type === 'totp')
      .map(async (account) => ({
        id: account.id,
        code: await generateCode(account, at),
        validUntil: (timeStep(account.period, at) + 1) * account.period * 1000,
      })),
  );
}
