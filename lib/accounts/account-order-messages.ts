// The popup's ordering facts of an account: pinned to the top, and when its code was last used.
// The order of the list itself is a preference (lib/settings, `accountSort`).
import { pageMessage } from '../messaging/page-message';
import { id } from '../messaging/request-fields';
import * as z from '../zod';
import { recordAccountUse } from './account-use';
import { toAccountSummary } from './account-view';
import { editableAccount } from './server-binding';
import type { AccountDeps } from './account-deps';

export function accountOrderMessages({ vault, now }: Pick<AccountDeps, 'vault' | 'now'>) {
  return {
    /** Pins the account to the top of the popup's list, or unpins it. */
    'accounts.pin': pageMessage({
      request: z.strictObject({ id, pinned: z.boolean() }),
      async handle({ id, pinned }) {
        await editableAccount(vault, id);
        return toAccountSummary(await vault.updateAccount(id, { pinned }));
      },
    }),
    /** The popup copied the account's code (a fill is recorded where the background fills). */
    'accounts.used': pageMessage({
      request: z.strictObject({ id }),
      async handle({ id }) {
        await editableAccount(vault, id);
        await recordAccountUse(vault, id, now());
        return {};
      },
    }),
  };
}
