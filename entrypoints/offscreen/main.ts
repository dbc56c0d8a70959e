// The offscreen document (Chrome): it empties the clipboard when the background asks. A document
// can write to the clipboard with execCommand('copy'), as Chrome's offscreen clipboard samples do;
// the Clipboard API would need the page to have focus, which an offscreen document never has.
import { browser } from 'wxt/browser';
import { isClearClipboardMessage } from '../../lib/background/clipboard-message';

/**
 * A copy event whose data is set by hand writes exactly that data, even with nothing selected:
 * here an empty text, which replaces the code that was copied.
 */
function writeEmptyText(): boolean {
  const fill = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
  };
  document.addEventListener('copy', fill, { once: true });
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', fill);
  }
}

browser.runtime.onMessage.addListener((message: unknown) => {
  // Anything else (the events the background announces to every page) is not for this document.
  if (!isClearClipboardMessage(message)) return undefined;
  return Promise.resolve(writeEmptyText());
});
