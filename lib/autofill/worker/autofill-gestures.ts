// The keyboard command and the context menu item that fill a code: browser events, each a user
// gesture that grants activeTab for the tab it happened in, so the fill may inject its script there.
import { t } from '../../i18n/t';
import { browser, type Browser } from 'wxt/browser';
import { activeTab } from './autofill-flow-page';
import { fillFromGesture, type FillGesture } from './autofill-flow-gesture';
import { toWireError } from '../../messaging/remote-error';
import { openPopupIfAllowed, showNotice } from './autofill-notice';
import { copiedSentence } from './copied-text';
import type { AutofillDeps } from './autofill-deps';

/** The manifest's `commands` entry (wxt.config.ts). */
export const FILL_COMMAND = 'fill-code';
export const FILL_MENU_ITEM = 'fill-code';


/** Run from runtime.onInstalled: menu items outlive the worker, and an update must not add a second. */
export async function createFillMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: FILL_MENU_ITEM, title: t('autofillMenuFillCode'), contexts: ['editable'] });
}

async function runGesture(deps: AutofillDeps, gesture: FillGesture): Promise<void> {
  const tabId = gesture.tab.id;
  try {
    const outcome = await fillFromGesture(deps, gesture);
    const { result } = outcome;
    if (outcome.result === 'copied' && tabId !== undefined) await showNotice(tabId, t('autofillCopiedBadge'), copiedSentence(outcome.why));
    // Locked, several accounts, or a yes needed: the popup takes over where the browser opens it.
    const forPopup = result !== 'filled' && result !== 'copied';
    if (forPopup && !(await openPopupIfAllowed()) && tabId !== undefined) await showNotice(tabId, '…', t('autofillOpenPopupTitle'));
  } catch (error) {
    // The sentence the popup would show: one of our typed errors' own, or a generic one.
    if (tabId !== undefined) await showNotice(tabId, '!', toWireError(error).message);
  } finally {
    // A fill is a use of the vault, like a popup request: it restarts the idle timer.
    await deps.recordUse();
  }
}

/** commands.onCommand: the tab the shortcut was pressed in (or, where not given, the active one). */
export async function handleFillCommand(deps: AutofillDeps, command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== FILL_COMMAND) return;
  const target = tab ?? (await activeTab());
  if (target) await runGesture(deps, { tab: target, frameId: 0 });
}

/** contextMenus.onClicked: the frame of the field that was right-clicked, as the browser names it. */
export async function handleFillMenuClick(
  deps: AutofillDeps,
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== FILL_MENU_ITEM || !tab) return;
  const frameId = info.frameId ?? 0;
  await runGesture(deps, { tab, frameId, ...(info.frameUrl !== undefined && { frameUrl: info.frameUrl }) });
}
