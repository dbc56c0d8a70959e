// The offscreen document (Chrome): it writes the clipboard when the background asks, to empty it or
// to copy a code that found no field. A document can write to the clipboard with
// execCommand('copy'), as Chrome's offscreen clipboard samples do; the Clipboard API would need the
// page to have focus, which an offscreen document never has.
import { browser } from 'wxt/browser';
import { BACKGROUND_SCRIPT, offscreenMessages } from '../../lib/clipboard/offscreen-protocol';
import { createGate } from '../../lib/messaging/gate';
import { toWireError } from '../../lib/messaging/remote-error';

/**
 * A copy event whose data is set by hand writes exactly that data, even with nothing selected:
 * an empty text replaces the code that was copied.
 */
function writeText(text: string): boolean {
  const fill = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', fill, { once: true });
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', fill);
  }
}

const gate = createGate(offscreenMessages(writeText), {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL('/'),
  // An offscreen document sees only runtime's messaging and URLs (no getManifest): the worker's
  // script is named where the build puts it.
  backgroundUrl: browser.runtime.getURL(BACKGROUND_SCRIPT),
  // The pages' requests and the background's events reach this document too: they are not its own.
  unknown: 'leave',
  toWireError,
});
browser.runtime.onMessage.addListener((message: unknown, sender) => gate(message, sender));
