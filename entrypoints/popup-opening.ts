import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Envelope, Reply } from '../lib/protocol/protocol';
import { FIRST_SCREEN_ROWS } from '../lib/ui/layout';

type OpeningReply = Reply<'popup.open'> | undefined;

/** Where the popup's main bundle finds the opening request this script already sent. */
export interface OpeningWindow {
  openingReply?: Promise<OpeningReply>;
}

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<OpeningReply> };
}

/**
 * Loaded `async` from the popup's <head>: it sends the opening request while the browser is still
 * loading the popup's main bundle, so the background's answer travels in parallel instead of after
 * it. It calls the platform's promise-returning API directly (chrome.* in Chrome MV3, browser.* in
 * Firefox): the polyfill would make this tiny script the slow part.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const envelope: Envelope<'popup.open'> = { type: 'popup.open', body: { firstRows: FIRST_SCREEN_ROWS } };
  (window as OpeningWindow).openingReply = (scope.browser ?? scope.chrome)?.runtime.sendMessage(envelope);
});
