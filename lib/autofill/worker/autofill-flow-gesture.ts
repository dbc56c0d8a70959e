/**
 * A fill asked for by the keyboard command or the context menu. There is no page UI to ask the user
 * anything: one matching account is filled at once; several (or none, or a fill that needs a yes)
 * wait in storage.session for the popup, which the caller opens.
 */
import type { Browser } from 'wxt/browser';
import { accountsWithCodes } from '../../accounts/account-view';
import type { AutofillDeps } from './autofill-deps';
import type { AutofillOutcome } from './autofill-views';
import { NoAccountToFillError, NoWebPageError } from './autofill-flow-errors';
import { assertSameOrigin, injectContentScript, placeOf } from './autofill-flow-page';
import { confirmationFor, fillOrAsk, topFrameTarget } from './autofill-flow';
import { PENDING_AUTOFILL_MS, savePendingAutofill, type FillTarget } from './autofill-pending';
import { loadPublicSuffixList } from './public-suffix-load';
import { confirmationReasons, matchingAccounts, siteOf } from './site-match';
import type { PublicSuffixList } from './public-suffix';

export interface FillGesture {
  tab: Browser.tabs.Tab;
  /** 0 for the keyboard command (the tab's page); the clicked frame for the context menu. */
  frameId: number;
  /** The clicked frame's URL as the browser reported it with the menu click. */
  frameUrl?: string;
}

/** 'locked': nothing was done; the user unlocks in the popup first. */
export type GestureOutcome = AutofillOutcome | { result: 'locked' };

/**
 * The frame a menu click named, checked where the script landed: the frame's document must be of
 * the origin the click reported, since a parent page may have sent its frame elsewhere since. A
 * srcdoc or about:blank frame has no address of its own; its document, which has its parent's
 * origin, says which once injected.
 */
async function clickedFrameTarget(tabId: number, tabUrl: string | undefined, gesture: FillGesture, list: PublicSuffixList): Promise<FillTarget> {
  const { frameId, frameUrl } = gesture;
  const inherited = frameUrl?.startsWith('about:') === true;
  if (!siteOf(tabUrl, list) || (!inherited && !siteOf(frameUrl, list))) throw new NoWebPageError();
  const { documentId, origin } = await injectContentScript(tabId, frameId);
  const place = placeOf(tabUrl, inherited ? origin : frameUrl, list);
  assertSameOrigin(origin, place.frame);
  return { tabId, frameId, ...(documentId !== undefined && { documentId }), place };
}

export async function fillFromGesture(deps: AutofillDeps, gesture: FillGesture): Promise<GestureOutcome> {
  if ((await deps.vault.getVaultState()) !== 'unlocked') return { result: 'locked' };
  const { id: tabId, url: tabUrl } = gesture.tab;
  if (tabId === undefined) throw new NoWebPageError();
  const list = await loadPublicSuffixList();
  // Injected now, while the gesture's access holds; the document ids pin a later fill to these
  // documents, and the origins their documents report to the sites that were checked.
  const target =
    gesture.frameId === 0 ? await topFrameTarget(tabId, tabUrl, list) : await clickedFrameTarget(tabId, tabUrl, gesture, list);
  const { place } = target;

  const accounts = accountsWithCodes(await deps.vault.listAccounts());
  const matching = matchingAccounts(accounts, place.top, list);
  const [only] = matching;
  if (only && matching.length === 1) return fillOrAsk({ deps, list }, target, only, false);

  // Several matching accounts: the user picks one. None: every account is offered, each a site
  // new to it, so the confirmation is shown ahead of the choice.
  const choices = matching.length > 0 ? matching : accounts;
  const [first] = choices;
  if (!first) throw new NoAccountToFillError();
  const reasons = confirmationReasons(first, place, list);
  const accountIds = choices.map((account) => account.id);
  const confirmation = reasons.length > 0 ? confirmationFor(place, first.id, reasons) : undefined;
  const expiresAt = deps.now() + PENDING_AUTOFILL_MS;
  await savePendingAutofill({ ...target, accountIds, ...(confirmation && { confirmation }), expiresAt });
  return confirmation && accountIds.length === 1 ? { result: 'needs-confirmation', confirmation } : { result: 'needs-choice', accountIds };
}
