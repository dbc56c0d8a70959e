/**
 * Filling a code into a page, after a user gesture only: the popup's Fill button here, the
 * keyboard command and the context menu in autofill-flow-gesture.ts. The background decides
 * everything from what the browser reports (tab and frame URLs, the injected document); the page
 * only ever answers "is there a code field" and receives the one code.
 */
import { copyCodeForUser } from './autofill-copy';
import type { AutofillDeps } from './autofill-deps';
import type { StoredAccount } from '../../vault/vault-port';
import type { AutofillConfirmation, AutofillOutcome, CopiedWhy } from './autofill-views';
import { generateCode } from '../../otp';
import { isPendingEnrolment } from '../../accounts/server-binding';
import { recordAccountUse } from '../../accounts/account-use';
import { PendingAccountError } from '../../vault/errors';
import { originsFromInput } from '../../vault/origins';
import { NoWebPageError } from './autofill-flow-errors';
import { activeTab, assertSameOrigin, assertSamePage, detectField, fillField, injectContentScript, placeOf } from './autofill-flow-page';
import { sameSiteFrames, searchedFrames } from './autofill-frames';
import {
  clearPendingAutofill,
  PENDING_AUTOFILL_MS,
  readPendingAutofill,
  savePendingAutofill,
  type FillTarget,
  type PendingRecord,
} from './autofill-pending';
import type { PublicSuffixList } from './public-suffix';
import { loadPublicSuffixList } from './public-suffix-load';
import { confirmationReasons, siteOf, type ConfirmationReason, type FillPlace } from './site-match';

export interface FlowContext {
  deps: AutofillDeps;
  list: PublicSuffixList;
}

export function confirmationFor(place: FillPlace, accountId: string, reasons: ConfirmationReason[]): AutofillConfirmation {
  const frameOrigin = place.frame.origin !== place.top.origin ? place.frame.origin : undefined;
  return { site: place.top, accountId, reasons, ...(frameOrigin !== undefined && { frameOrigin }) };
}

/** The user already said yes, for this page, to every reason this fill has. */
function isCovered(pending: PendingRecord | undefined, accountId: string, reasons: ConfirmationReason[]): boolean {
  const accepted = pending?.accountIds.includes(accountId) ? pending.confirmation?.reasons : undefined;
  return accepted !== undefined && reasons.every((reason) => accepted.includes(reason));
}

/** The code to fill now. @see RFC 4226 §7.2: an HOTP counter is stored moved on before its code is used. */
async function codeFor({ vault, now }: AutofillDeps, account: StoredAccount): Promise<string> {
  const used = account.type === 'hotp' ? await vault.advanceHotpCounter(account.id) : account;
  return generateCode(used, now());
}

/** A frame that found a code field, and the origin its document reported with it. */
interface FoundField {
  frame: FillTarget;
  origin: string;
}

/** What one frame's look gave: its field, or why its likeliest field was refused, or nothing. */
type Look = FoundField | { refused?: CopiedWhy } | undefined;

/** The frame's field, when it has one and its document is still of the origin that was checked. */
async function fieldIn(frame: FillTarget): Promise<Look> {
  const reply = await detectField(frame);
  if (!reply?.found) return reply?.refused ? { refused: reply.refused } : undefined;
  assertSameOrigin(reply.origin, frame.place.frame);
  return { frame, origin: reply.origin! };
}

function isFound(look: Look): look is FoundField {
  return look !== undefined && 'frame' in look;
}

/**
 * The first frame to find a code field: the target's own (the tab's page, or the frame a menu
 * click named), whose failure fails the fill, or one of the frames searched with it, whose failure
 * only leaves it out. Each looks at once and waits a moment for a late field, all at the same time,
 * so a field in a frame is not kept waiting for the page around it.
 */
function firstField(target: FillTarget, searched: FillTarget[]): Promise<Look> {
  const looks = [fieldIn(target), ...searched.map((frame) => fieldIn(frame).catch(() => undefined))];
  return new Promise((resolve, reject) => {
    let left = looks.length;
    // When no frame has a field: why the first one that came close refused it, if one did.
    let refused: Look;
    for (const look of looks) {
      look.then((seen) => {
        left -= 1;
        if (isFound(seen)) resolve(seen);
        else refused ??= seen;
        if (left === 0) resolve(refused);
      }, reject);
    }
  });
}

type Delivered = { result: 'filled' } | { result: 'copied'; why?: CopiedWhy };

async function deliverCode({ deps, list }: FlowContext, target: FillTarget, account: StoredAccount): Promise<Delivered> {
  const look = await firstField(target, await searchedFrames(target, account, list));
  const found = isFound(look) ? look : undefined;
  // Detection may have waited for the page: it must still be the page the user's yes was about,
  // and the frame with the field must still hold the origin that was checked.
  await assertSamePage(found?.frame ?? target, list, found?.origin);
  const code = await codeFor(deps, account);
  const fill = found ? await fillField(found.frame, code) : undefined;
  if (!fill?.filled) await copyCodeForUser(code);
  await noteUse(deps, account.id);
  if (fill?.filled) return { result: 'filled' };
  // Why no field took it: the one found refused the code, or the likeliest one was refused.
  const why = fill ? fill.why : (look as { refused?: CopiedWhy } | undefined)?.refused;
  return { result: 'copied', ...(why && { why }) };
}

/**
 * For the popup's "recently used" order. The code is already where the user wanted it: a failure
 * to note that (the vault locked meanwhile, say) is no failure of the fill.
 */
async function noteUse({ vault, now }: AutofillDeps, id: string): Promise<void> {
  await recordAccountUse(vault, id, now()).catch(() => undefined);
}

/**
 * Fills `account`'s code into `target`, or asks first. `pending` is the waiting fill `target`
 * came from: a `confirmed` fill goes ahead only if the user was asked about this very page and
 * account for every reason it has, so a yes given for one page never covers another.
 */
export async function fillOrAsk(
  context: FlowContext,
  target: FillTarget,
  account: StoredAccount,
  confirmed: boolean,
  pending?: PendingRecord,
): Promise<AutofillOutcome> {
  const reasons = confirmationReasons(account, target.place, context.list);
  if (reasons.length > 0 && !(confirmed && isCovered(pending, account.id, reasons))) {
    const confirmation = confirmationFor(target.place, account.id, reasons);
    const expiresAt = context.deps.now() + PENDING_AUTOFILL_MS;
    await savePendingAutofill({ ...target, accountIds: [account.id], confirmation, expiresAt });
    return { result: 'needs-confirmation', confirmation };
  }
  await clearPendingAutofill();
  // How an account learns its site: the user said yes to filling its code here. The address is
  // learnt as it is; whether it reaches the whole site stays the account's choice (exact by default).
  const learnt = reasons.includes('new-site')
    ? await context.deps.vault.updateAccount(account.id, {
        origins: originsFromInput([...(account.origins ?? []), target.place.top.origin]),
      })
    : account;
  return deliverCode(context, target, learnt);
}

/** An account whose code may be filled: not the seed of an MFA key still being enrolled. */
export async function fillableAccount(deps: AutofillDeps, accountId: string): Promise<StoredAccount> {
  const account = await deps.vault.getAccount(accountId);
  if (isPendingEnrolment(account)) throw new PendingAccountError();
  return account;
}

/**
 * The target of a waiting fill, while its tab still shows the same page and its frame the same
 * document: the one injected into again reports the origin that was checked (and, where the
 * browser names documents, is the same one). A parent page that sent its frame elsewhere
 * meanwhile gets nothing: the fill then goes to the tab's page as it is now, asking anew.
 */
async function resumedTarget(pending: PendingRecord, tabId: number, tabUrl: string | undefined, list: PublicSuffixList) {
  if (pending.tabId !== tabId || siteOf(tabUrl, list)?.origin !== pending.place.top.origin) return undefined;
  const { documentId, origin } = await injectContentScript(tabId, pending.frameId);
  const sameDocument = documentId === undefined || pending.documentId === undefined || documentId === pending.documentId;
  return sameDocument && origin === pending.place.frame.origin ? pending : undefined;
}

/** The tab's page, checked where the script landed, and the frames of its site as they are now. */
export async function topFrameTarget(tabId: number, tabUrl: string | undefined, list: PublicSuffixList): Promise<FillTarget> {
  const place = placeOf(tabUrl, tabUrl, list);
  // The frames are listed while the script goes into the page: neither waits for the other (the
  // list only reads origins, and is dropped if the page is not the one expected).
  const [{ documentId, origin }, frames] = await Promise.all([injectContentScript(tabId, 0), sameSiteFrames(tabId, place.top, list)]);
  assertSameOrigin(origin, place.top);
  return { tabId, frameId: 0, ...(documentId !== undefined && { documentId }), place, ...(frames.length > 0 && { frames }) };
}

/**
 * The popup's Fill: into the active tab (its page, or a frame of its site), or into the frame of a
 * keyboard or menu fill that waits for this popup on that tab.
 */
export async function fillFromPopup(deps: AutofillDeps, accountId: string, confirmed: boolean): Promise<AutofillOutcome> {
  const account = await fillableAccount(deps, accountId);
  const list = await loadPublicSuffixList();
  const tab = await activeTab();
  if (tab?.id === undefined) throw new NoWebPageError();
  const pending = await readPendingAutofill(deps.now());
  const resumed = pending && (await resumedTarget(pending, tab.id, tab.url, list));
  const target = resumed || (await topFrameTarget(tab.id, tab.url, list));
  return fillOrAsk({ deps, list }, target, account, confirmed, resumed || undefined);
}
