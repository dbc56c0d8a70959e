import { fillFromPopup } from './autofill-flow';
import { activeTab } from './autofill-flow-page';
import { clearPendingAutofill, pendingView, readPendingAutofill } from './autofill-pending';
import { loadPublicSuffixList } from './public-suffix-load';
import { matchingAccounts, siteOf } from './site-match';
import { pageMessage } from '../../messaging/page-message';
import { empty, id } from '../../messaging/request-fields';
import * as z from '../../zod';
import { accountsWithCodes } from '../../accounts/account-view';
import type { AutofillDeps } from './autofill-deps';

/**
 * The popup's side of autofill. Only the extension's own pages may ask: a page (or its content
 * script) can never request a code, name an account or say yes to a confirmation.
 */
export function autofillMessages(deps: AutofillDeps) {
  return {
    // Autofill, always after a user gesture: the popup's Fill button here; the keyboard command and
    // the context menu reach the background as browser events, not messages.
    /** Accounts that match the active tab's site. */
    'autofill.candidates': pageMessage({
      request: empty,
      passive: true,
      async handle() {
        const list = await loadPublicSuffixList();
        const site = siteOf((await activeTab())?.url, list);
        if (!site) return { matching: [] };
        const accounts = accountsWithCodes(await deps.vault.listAccounts());
        return { site, matching: matchingAccounts(accounts, site, list).map((account) => account.id) };
      },
    }),
    /**
     * Fills the code of `accountId` into the active tab (the frame of a pending menu fill, if any).
     * `confirmed` is the user's yes to a confirmation the background asked for; the site is then
     * remembered on the account when it was a new one.
     */
    'autofill.fill': pageMessage({
      request: z.strictObject({ accountId: id, confirmed: z.boolean() }),
      handle: ({ accountId, confirmed }) => fillFromPopup(deps, accountId, confirmed),
    }),
    /** A keyboard or menu fill waiting for the user's choice or confirmation in the popup. */
    'autofill.pending': pageMessage({
      request: empty,
      passive: true,
      async handle() {
        const pending = await readPendingAutofill(deps.now());
        return pending ? pendingView(pending) : null;
      },
    }),
    'autofill.dismiss': pageMessage({
      request: empty,
      async handle() {
        await clearPendingAutofill();
        return {};
      },
    }),
  };
}
