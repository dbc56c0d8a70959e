import { browser } from 'wxt/browser';
import { createGate, type Parser } from './gate';

/**
 * Events the background announces to every open extension page. They carry no data beyond their
 * name, so announcing one can never leak anything.
 */
export type ExtensionEvent =
  | 'vault.locked'
  /** The server session changed without the page asking (refresh failed, vault locked, expired). */
  | 'session.changed'
  /**
   * The logged-in user changed, whoever asked: a logout, a login, another server. A page showing
   * one user's data drops it, since it was read under the previous login.
   */
  | 'session.userChanged';

/** An event's body is empty. */
const noBody: Parser<Record<string, never>> = {
  safeParse: (body) =>
    typeof body === 'object' && body !== null && Object.keys(body).length === 0 ? { success: true, data: {} } : { success: false },
};

/** Tells every open page; no page being open is the normal case, not a failure. */
export function announce(event: ExtensionEvent): void {
  browser.runtime.sendMessage({ type: event, body: {} }).catch(() => undefined);
}

/**
 * Calls `handler` when the background announces `event`, through the gate every channel passes:
 * only the extension itself, outside any tab, is heard. What is not this event (other pages'
 * requests travel the same channel) is left unanswered, so the page never answers in the
 * background's place.
 */
export function onExtensionEvent(event: ExtensionEvent, handler: () => void): () => void {
  const gate = createGate(
    { [event]: { request: noBody, from: 'extension', handle: async () => handler() } },
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), unknown: 'leave' },
  );
  const listener = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }) => gate(message, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
