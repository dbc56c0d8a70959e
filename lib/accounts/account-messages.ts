import { pageMessage } from '../messaging/page-message';
import { empty, id, text, algorithm } from '../messaging/request-fields';
import { OTP_TYPES } from '../otp/types';
import * as z from '../zod';
import { createOtpAccount, generateCode, parseOtpauthUri } from '../otp';
import { currentCodes } from './current-codes';
import { accountsWithCodes, toAccountSummary } from './account-view';
import type { AccountDeps } from './account-deps';

export function accountMessages({ vault, now }: Pick<AccountDeps, 'vault' | 'now'>) {
  return {
    'accounts.list': pageMessage({
      request: empty,
      async handle() {
        return accountsWithCodes(await vault.listAccounts()).map(toAccountSummary);
      },
    }),
    'accounts.addUri': pageMessage({
      request: z.strictObject({ uri: text(4096) }),
      async handle({ uri }) {
        return toAccountSummary(await vault.addAccount(parseOtpauthUri(uri)));
      },
    }),
    'accounts.addManual': pageMessage({
      request: z.strictObject({
        type: z.enum(OTP_TYPES),
        issuer: text(256),
        label: text(256),
        secret: text(1024),
        algorithm,
        // Ranges are the OTP module's to check: it says what is wrong in words a user understands.
        digits: z.number(),
        period: z.number(),
        counter: z.number(),
      }),
      async handle(fields) {
        return toAccountSummary(await vault.addAccount(createOtpAccount(fields)));
      },
    }),
    'codes.current': pageMessage({
      request: z.strictObject({ ids: z.optional(z.array(id).check(z.maxLength(10_000))) }),
      passive: true,
      async handle({ ids }) {
        const wanted = ids && new Set(ids);
        const accounts = accountsWithCodes(await vault.listAccounts()).filter((a) => !wanted || wanted.has(a.id));
        return { codes: await currentCodes(accounts, now()) };
      },
    }),
    'hotp.next': pageMessage({
      request: z.strictObject({ id }),
      async handle({ id }) {
        // @see RFC 4226 §7.2: the counter moves on once a code is generated. It is stored before the
        // code is shown, in one step, so no code is shown twice: not after a worker restart, not to
        // two clicks racing each other.
        const used = await vault.advanceHotpCounter(id);
        return { code: await generateCode(used, now()), counter: used.counter + 1 };
      },
    }),
  };
}
