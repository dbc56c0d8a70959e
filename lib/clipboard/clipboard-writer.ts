// Writing the clipboard from the background: emptying it after a copied code's delay, and copying a
// code that found no field to be filled into. A Chrome service worker has no DOM and no clipboard:
// it opens an offscreen document (reason CLIPBOARD) that does the writing. Firefox's background is
// a page, which can write with navigator.clipboard (the clipboardWrite permission).
// @see https://developer.chrome.com/docs/extensions/reference/api/offscreen
import { browser } from 'wxt/browser';
import type { Reply } from '../messaging/gate';
import { writeClipboardRequest } from './offscreen-protocol';

const OFFSCREEN_PATH = '/offscreen.html';

export class ClipboardUnavailableError extends Error {
  override readonly name = 'ClipboardUnavailableError';

  constructor() {
    super('This browser gives the extension no way to clear the clipboard.');
  }
}

type OffscreenApi = NonNullable<typeof browser.offscreen>;

// One write at a time: Chrome allows a single offscreen document per extension.
let queue: Promise<unknown> = Promise.resolve();

function enqueue(text: string): Promise<void> {
  const write = () => writeNow(text);
  const run = queue.then(write, write);
  queue = run.catch(() => undefined);
  return run;
}

/** Writes an empty text to the clipboard, by whichever means this browser offers. */
export function writeEmptyClipboard(): Promise<void> {
  return enqueue('');
}

/** Copies `text` (a code that could not be filled) to the clipboard, by the same means. */
export function writeClipboardText(text: string): Promise<void> {
  return enqueue(text);
}

async function writeNow(text: string): Promise<void> {
  // Undefined where the browser has no such API (Firefox) or the permission is missing.
  const offscreen = browser.offscreen as OffscreenApi | undefined;
  if (offscreen) return writeInOffscreenDocument(offscreen, text);
  if (typeof document !== 'undefined' && typeof navigator.clipboard?.writeText === 'function') {
    return navigator.clipboard.writeText(text);
  }
  throw new ClipboardUnavailableError();
}

async function writeInOffscreenDocument(offscreen: OffscreenApi, text: string): Promise<void> {
  // A document left over from a clearing the worker did not live to finish is reused.
  if (!(await offscreen.hasDocument())) {
    await offscreen.createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PATH),
      reasons: ['CLIPBOARD'],
      justification: 'Copies a one-time code that found no field, and clears it after the delay set in Settings.',
    });
  }
  try {
    // The document answers whether the browser let it write.
    const reply = (await browser.runtime.sendMessage(writeClipboardRequest(text))) as Reply<boolean> | undefined;
    if (!reply?.ok || reply.value !== true) throw new ClipboardUnavailableError();
  } finally {
    await offscreen.closeDocument();
  }
}
