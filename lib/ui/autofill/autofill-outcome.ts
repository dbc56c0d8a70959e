// What the popup does with the background's answer to a fill, kept apart from Preact so every
// answer can be checked without a browser.
import type { AutofillConfirmation, AutofillOutcome, AutofillSite, PendingAutofill } from '../../autofill/worker/autofill-views';
import { copiedSentence } from '../../autofill/worker/copied-text';
import { filledNotice } from './autofill-text';

export type FillStep =
  /** Over: say `notice`; `close` when the code is in the page and the popup is in the way. */
  | { kind: 'done'; notice: string; close: boolean }
  /** The background wants the user's yes first. */
  | { kind: 'confirm'; confirmation: AutofillConfirmation }
  /** Several accounts could go into the page: the user picks one. */
  | { kind: 'choose'; pending: PendingAutofill };

/** The next step after `outcome`, for a fill into `site` (the page the popup was told about). */
export function stepAfterFill(outcome: AutofillOutcome, site: AutofillSite): FillStep {
  switch (outcome.result) {
    case 'filled':
      return { kind: 'done', notice: filledNotice(site), close: true };
    case 'copied':
      return { kind: 'done', notice: copiedSentence(outcome.why), close: false };
    case 'needs-confirmation':
      return { kind: 'confirm', confirmation: outcome.confirmation };
    case 'needs-choice':
      return { kind: 'choose', pending: { site, accountIds: outcome.accountIds } };
  }
}

/**
 * The accounts to offer for a waiting fill, in the order the background gave (best match first).
 * An id the list does not hold (deleted meanwhile, or the list still loading) is left out rather
 * than shown as a button with no name.
 */
export function pendingChoices<A extends { id: string }>(pending: PendingAutofill, accounts: readonly A[]): A[] {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  return pending.accountIds.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Whether a waiting fill shows its confirmation straight away: it is about one account (the
 * background already chose it); with several choices, the user picks first and the background
 * asks again for the one picked.
 */
export function confirmsAtOnce(pending: PendingAutofill): pending is PendingAutofill & { confirmation: AutofillConfirmation } {
  return pending.confirmation !== undefined && pending.accountIds.every((id) => id === pending.confirmation?.accountId);
}
