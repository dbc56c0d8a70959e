// Emptying the clipboard from the background. A Chrome service worker has no DOM and no clipboard:
// it opens an offscreen document (reason CLIPBOARD) that does the writing. Firefox's background is
// a page, which can write with navigator.clipboard (the clipboardWrite permission).
// @see https://developer.chrome.com/docs/extensions/reference/api/offscreen
import { browser } from 'wxt/browser';
import { CLEAR_CLIPBOARD_MESSAGE } from './clipboard-message';

const OFFSCREEN_PATH = '/offscreen.html';

export class ClipboardUnavailableError extends Error {
  override readonly name = 'ClipboardUnavailableError';

  constructor() {
    super('This browser gives the extension no way to clear the clipboard.');
  }
}

type OffscreenApi = NonNullable<typeof browser.offscreen>;

// One clearing at a time: Chrome allows a single offscreen document per extension.
let queue: Promise<unknown> = Promise.resolve();

/** Writes an empty text to the clipboard, by whichever means this browser offers. */
export function writeEmptyClipboard(): Promise<void> {
  const run = queue.then(clearNow, clearNow);
  queue = run.catch(() => undefined);
  return run;
}

async function clearNow(): Promise<void> {
  // Undefined where the browser has no such API (Firefox) or the permission is missing.
  const offscreen = browser.offscreen as OffscreenApi | undefined;
  if (offscreen) return clearInOffscreenDocument(offscreen);
  if (typeof document !== 'undefined' && typeof navigator.clipboard?.writeText === 'function') {
    return navigator.clipboard.writeText('');
  }
  throw new ClipboardUnavailableError();
}

async function clearInOffscreenDocument(offscreen: OffscreenApi): Promise<void> {
  // A document left over from a clearing the worker did not live to finish is reused.
  if (!(await offscreen.hasDocument())) {
    await offscreen.createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PATH),
      reasons: ['CLIPBOARD'],
      justification: 'Clears a copied one-time code from the clipboard after the delay set in Settings.',
    });
  }
  try {
    // The document answers whether the browser let it write.
    const written: unknown = await browser.runtime.sendMessage(CLEAR_CLIPBOARD_MESSAGE);
    if (written !== true) throw new ClipboardUnavailableError();
  } finally {
    await offscreen.closeDocument();
  }
}
