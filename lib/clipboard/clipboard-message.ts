// The messages the background sends to its offscreen document (Chrome): "clear the clipboard" and,
// when a code found no field to go into, "write this code". Their own shape, outside the protocol
// map: they travel the other way, from the background to a page.

export interface ClearClipboardMessage {
  target: 'offscreen-clipboard';
  action: 'clear';
}

export const CLEAR_CLIPBOARD_MESSAGE: ClearClipboardMessage = { target: 'offscreen-clipboard', action: 'clear' };

export function isClearClipboardMessage(message: unknown): message is ClearClipboardMessage {
  const { target, action } = (message ?? {}) as Partial<ClearClipboardMessage>;
  return target === CLEAR_CLIPBOARD_MESSAGE.target && action === CLEAR_CLIPBOARD_MESSAGE.action;
}

export interface WriteClipboardMessage {
  target: 'offscreen-clipboard';
  action: 'write';
  text: string;
}

export function writeClipboardMessage(text: string): WriteClipboardMessage {
  return { target: CLEAR_CLIPBOARD_MESSAGE.target, action: 'write', text };
}

export function isWriteClipboardMessage(message: unknown): message is WriteClipboardMessage {
  const { target, action, text } = (message ?? {}) as Partial<WriteClipboardMessage>;
  return target === CLEAR_CLIPBOARD_MESSAGE.target && action === 'write' && typeof text === 'string';
}
