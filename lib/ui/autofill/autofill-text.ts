// What the popup says about filling a code into the page: the same words for the Fill buttons of
// the list and for a fill that the keyboard command or the context menu left waiting.
import type { AutofillConfirmation, AutofillSite } from '../../autofill/worker/autofill-views';
import { plural, t } from '../../i18n/t';

/**
 * How a sentence names the page: its registrable domain (what the user knows the site by, e.g.
 * `github.com` for `gist.github.com`), or its whole origin for an IP address or localhost, where
 * the port is what tells two sites apart.
 */
export function siteName(site: AutofillSite): string {
  return site.registrableDomain ?? site.origin;
}

/** "2 accounts for github.com", or nothing when no account knows this site. */
export function matchingLine(count: number, site: AutofillSite): string | undefined {
  return count > 0 ? plural('uiAccountsForSite', count, { site: siteName(site) }) : undefined;
}

export function filledNotice(site: AutofillSite): string {
  return t('uiFilledInto', { site: siteName(site) });
}

/** The heading of a fill that the keyboard command or the context menu left for the popup. */
export function pendingHeading(site: AutofillSite): string {
  return t('uiFillPendingHeading', { site: siteName(site) });
}

/**
 * One sentence per reason the background would not fill without the user's yes, in the order it
 * gave them, so the user reads what is unusual about this fill before saying "Fill anyway".
 */
export function confirmationSentences(confirmation: AutofillConfirmation): string[] {
  return confirmation.reasons.map((reason) => {
    switch (reason) {
      case 'new-site':
        // The very address: it is what the account learns, and an account of exact addresses
        // may already know another address of the same site.
        return t('uiFillReasonNewSite', { site: confirmation.site.origin });
      case 'insecure':
        return t('uiFillReasonInsecure');
      case 'cross-origin-frame':
        return confirmation.frameOrigin === undefined
          ? t('uiFillReasonFrameOfAnotherSite')
          : t('uiFillReasonFrameFrom', { origin: confirmation.frameOrigin });
    }
  });
}

/**
 * The sentence for a failed fill: the background's own (already written for users), and for a
 * frame the extension may not enter, what the user can do about it. The background says so with
 * a FrameAccessError (lib/autofill/autofill-flow-errors.ts): a frame of another site than the tab
 * is outside what the user's gesture (activeTab) grants, while that frame's page, opened in a tab
 * of its own, is not.
 */
export function fillErrorSentence(error: Error, frameOrigin: string | undefined): string {
  if (error.name !== 'FrameAccessError') return error.message;
  return frameOrigin === undefined ? t('uiFrameAccessUnknownFrame') : t('uiFrameAccessFrom', { origin: frameOrigin });
}
