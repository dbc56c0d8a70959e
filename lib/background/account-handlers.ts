import type { Handlers } from '../messaging/router';
import { createOtpAccount, generateCode, parseOtpauthUri } from '../otp';
import { currentCodes } from '../accounts/current-codes';
import { accountsWithCodes, toAccountSummary } from '../accounts/account-view';
import type { BackgroundDeps } from './deps';

type AccountHandlers = Pick<Handlers, 'accounts.list' | 'accounts.addUri' | 'accounts.addManual' | 'codes.current' | 'hotp.next'>;

export function accountHandlers({ vault, now }: BackgroundDeps): AccountHandlers {
  return {
    'accounts.list': {
      from: 'extension-page',
      async handle() {
        return accountsWithCodes(await vault.listAccounts()).map(toAccountSummary);
      },
    },
    'accounts.addUri': {
      from: 'extension-page',
      async handle({ uri }) {
        return toAccountSummary(await vault.addAccount(parseOtpauthUri(uri)));
      },
    },
    'accounts.addManual': {
      from: 'extension-page',
      async handle(fields) {
        return toAccountSummary(await vault.addAccount(createOtpAccount(fields)));
      },
    },
    'codes.current': {
      from: 'extension-page',
      async handle({ ids }) {
        const wanted = ids && new Set(ids);
        const accounts = accountsWithCodes(await vault.listAccounts()).filter((a) => !wanted || wanted.has(a.id));
        return { codes: await currentCodes(accounts, now()) };
      },
    },
    'hotp.next': {
      from: 'extension-page',
      async handle({ id }) {
        // @see RFC 4226 §7.2: the counter moves on once a code is generated. It is stored before the
        // code is shown, in one step, so no code is shown twice: not after a worker restart, not to
        // two clicks racing each other.
        const used = await vault.advanceHotpCounter(id);
        return { code: await generateCode(used, now()), counter: used.counter + 1 };
      },
    },
  };
}
