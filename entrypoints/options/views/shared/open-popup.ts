// The server login lives in the toolbar popup. Where the browser lets a page open it
// (action.openPopup: Chrome 127 and later, Firefox on a click), the page offers a button there.
import { browser } from 'wxt/browser';

/** The browser can open the toolbar popup from this page. */
export function canOpenPopup(): boolean {
  return typeof browser.action?.openPopup === 'function';
}

/** Opens the toolbar popup; false when the browser refused (no focused window, an older browser). */
export async function openPopup(): Promise<boolean> {
  try {
    await browser.action.openPopup();
    return true;
  } catch {
    return false;
  }
}
