import { browser } from 'wxt/browser';
import { createGate, type Reply } from '../../messaging/gate';
import { createAutofillSession, type AutofillSession } from './autofill-session';
import { DETECT_FIELD, detectBody, FILL_FIELD, fillBody, type DetectAnswer, type DetectBody, type FillBody } from '../content-protocol';

/** Shared by every copy of the script injected into this frame (they share one isolated world). */
const LISTENING = Symbol.for('otp-companion.autofill');

/** Tells whether the copy that registered is still connected to its extension. */
type Scope = typeof globalThis & { [LISTENING]?: () => boolean };

/**
 * Answers the background's detect and fill requests in this frame, through the gate every channel
 * passes: only the extension itself, outside any tab, is answered. The background injects the
 * script on each gesture, so a frame may run it several times: the first copy keeps listening
 * (and keeps the field it found) and later copies do nothing, unless the first one belongs to an
 * extension since reloaded, which no longer receives anything. Returns the frame's origin, which
 * the injection hands back to the background (FrameOrigin).
 */
export function startAutofillListener(session: AutofillSession = createAutofillSession()): string {
  const scope = globalThis as Scope;
  if (scope[LISTENING]?.()) return globalThis.origin;

  // The origin is read when the answer goes, after the wait: the document that holds the field.
  const detect = async ({ waitMs }: DetectBody): Promise<DetectAnswer> => ({ ...(await session.detect(waitMs)), origin: globalThis.origin });
  const messages = {
    [DETECT_FIELD]: { request: detectBody, from: 'extension' as const, handle: detect },
    [FILL_FIELD]: { request: fillBody, from: 'extension' as const, handle: async ({ code }: FillBody) => session.fill(code) },
  };
  // The extension's identity is read when a message comes, as the browser has it then.
  const gateNow = () =>
    createGate(messages, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      // Nothing else is sent to a content script; what is not one of its requests stays unanswered.
      unknown: 'leave',
      // No toWireError: whatever fails here is reported as the generic failure, never its text.
    });
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<Reply> | undefined => gateNow()(message, sender));
  scope[LISTENING] = () => browser.runtime?.id !== undefined;
  return globalThis.origin;
}
