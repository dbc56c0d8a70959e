// A keyboard or menu fill has no page UI to speak through: a short badge on the toolbar button,
// with its tooltip saying why, tells the user the code was copied or the fill failed.
import { browser } from 'wxt/browser';
import { t } from '../../i18n/t';

/** Long enough to notice, short enough not to linger over the next page. */
export const NOTICE_MS = 4000;

/** The button's own title, in the user's language (the manifest holds only its message name). */
function defaultTitle(): string {
  return t('extName');
}

async function clearNotice(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
  await browser.action.setTitle({ tabId, title: defaultTitle() });
}

/** Shows `badge` on this tab's button for a few seconds, with `title` as its tooltip meanwhile. */
export async function showNotice(tabId: number, badge: string, title: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badge });
  await browser.action.setTitle({ tabId, title });
  setTimeout(() => {
    // The tab may have closed meanwhile: then there is nothing left to clear.
    clearNotice(tabId).catch(() => undefined);
  }, NOTICE_MS);
}

/** Opens the popup over the current tab where the browser allows it; false where it refused. */
export async function openPopupIfAllowed(): Promise<boolean> {
  try {
    await browser.action.openPopup?.();
    return browser.action.openPopup !== undefined;
  } catch {
    // Refused without a focused window, or not offered by this browser version.
    return false;
  }
}
