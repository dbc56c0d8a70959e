// What the background asks of its offscreen document (Chrome): write this text to the clipboard,
// an empty one to clear it. The document answers whether the browser let it write. Only the
// background may ask: a page that could write the clipboard at will could also overwrite a code
// the user is about to paste. The request passes the same gate as every other channel; it is checked by hand, as the document carries no
// schema library.
import type { Envelope, GateEntry, Parser } from '../messaging/gate';

export const WRITE_CLIPBOARD = 'offscreen.writeClipboard';

/** Where the build puts Chrome's service worker; its messages carry this URL as their sender's. */
export const BACKGROUND_SCRIPT = '/background.js';

export type WriteClipboardRequest = Envelope<typeof WRITE_CLIPBOARD, { text: string }>;

export function writeClipboardRequest(text: string): WriteClipboardRequest {
  return { type: WRITE_CLIPBOARD, body: { text } };
}

const textBody: Parser<{ text: string }> = {
  safeParse(body) {
    const text = typeof body === 'object' && body !== null ? (body as { text?: unknown }).text : undefined;
    return typeof text === 'string' ? { success: true, data: { text } } : { success: false };
  },
};

/** The offscreen document's messages; `writeText` is its way of writing the clipboard. */
export function offscreenMessages(writeText: (text: string) => boolean): Record<string, GateEntry<{ text: string }, boolean>> {
  return { [WRITE_CLIPBOARD]: { request: textBody, from: 'background', handle: async ({ text }) => writeText(text) } };
}
