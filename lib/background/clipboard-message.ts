// The one message the background sends to its offscreen document (Chrome): "clear the clipboard".
// Its own shape, outside the protocol map: it travels the other way, from the background to a page.

export interface ClearClipboardMessage {
  target: 'offscreen-clipboard';
  action: 'clear';
}

export const CLEAR_CLIPBOARD_MESSAGE: ClearClipboardMessage = { target: 'offscreen-clipboard', action: 'clear' };

export function isClearClipboardMessage(message: unknown): message is ClearClipboardMessage {
  const { target, action } = (message ?? {}) as Partial<ClearClipboardMessage>;
  return target === CLEAR_CLIPBOARD_MESSAGE.target && action === CLEAR_CLIPBOARD_MESSAGE.action;
}
