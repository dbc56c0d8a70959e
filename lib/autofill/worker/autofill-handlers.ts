import { fillFromPopup } from './autofill-flow';
import { activeTab } from './autofill-flow-page';
import { clearPendingAutofill, pendingView, readPendingAutofill } from './autofill-pending';
import { loadPublicSuffixList } from './public-suffix-load';
import { matchingAccounts, siteOf } from './site-match';
import type { Handlers } from '../../messaging/router';
import { accountsWithCodes } from '../../accounts/account-view';
import type { AutofillDeps } from './autofill-deps';

type AutofillHandlers = Pick<Handlers, 'autofill.candidates' | 'autofill.fill' | 'autofill.pending' | 'autofill.dismiss'>;

/**
 * The popup's side of autofill. Only the extension's own pages may ask: a page (or its content
 * script) can never request a code, name an account or say yes to a confirmation.
 */
export function autofillHandlers(deps: AutofillDeps): AutofillHandlers {
  return {
    'autofill.candidates': {
      from: 'extension-page',
      async handle() {
        const list = await loadPublicSuffixList();
        const site = siteOf((await activeTab())?.url, list);
        if (!site) return { matching: [] };
        const accounts = accountsWithCodes(await deps.vault.listAccounts());
        return { site, matching: matchingAccounts(accounts, site, list).map((account) => account.id) };
      },
    },
    'autofill.fill': {
      from: 'extension-page',
      handle: ({ accountId, confirmed }) => fillFromPopup(deps, accountId, confirmed),
    },
    'autofill.pending': {
      from: 'extension-page',
      async handle() {
        const pending = await readPendingAutofill(deps.now());
        return pending ? pendingView(pending) : null;
      },
    },
    'autofill.dismiss': {
      from: 'extension-page',
      async handle() {
        await clearPendingAutofill();
        return {};
      },
    },
  };
}
