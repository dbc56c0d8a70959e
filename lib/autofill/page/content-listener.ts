import { browser, type Browser } from 'wxt/browser';
import { createAutofillSession, type AutofillSession } from './autofill-session';
import type { DetectReply, FillReply } from '../content-protocol';
import { parseContentRequest } from './content-request';

/** Shared by every copy of the script injected into this frame (they share one isolated world). */
const LISTENING = Symbol.for('otp-companion.autofill');

/** Tells whether the copy that registered is still connected to its extension. */
type Scope = typeof globalThis & { [LISTENING]?: () => boolean };

/** Nothing (the message is not for this script), or the answer to the background. */
type ContentReply = Promise<DetectReply | FillReply> | undefined;

/**
 * Answers the background's detect and fill requests in this frame. The background injects the
 * script on each gesture, so a frame may run it several times: the first copy keeps listening
 * (and keeps the field it found) and later copies do nothing, unless the first one belongs to an
 * extension since reloaded, which no longer receives anything.
 */
export function startAutofillListener(session: AutofillSession = createAutofillSession()): void {
  const scope = globalThis as Scope;
  if (scope[LISTENING]?.()) return;

  const listener = (message: unknown, sender: Browser.runtime.MessageSender): ContentReply => {
    // Only the extension itself: nothing a page or another extension sends is answered.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    if (request.autofill === 'detect') return session.detect(request.waitMs);
    return Promise.resolve(session.fill(request.code));
  };
  browser.runtime.onMessage.addListener(listener);
  scope[LISTENING] = () => browser.runtime?.id !== undefined;
}
