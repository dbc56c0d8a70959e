import { browser } from 'wxt/browser';

/**
 * Events the background announces to every open extension page. They carry no data beyond their
 * name, so announcing one can never leak anything.
 */
export type ExtensionEvent =
  | 'vault.locked'
  /** The server session changed without the page asking (refresh failed, vault locked, expired). */
  | 'session.changed';

interface EventMessage {
  event: ExtensionEvent;
}

/** Tells every open page; no page being open is the normal case, not a failure. */
export function announce(event: ExtensionEvent): void {
  const message: EventMessage = { event };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Calls `handler` when the background announces `event`. The listener returns nothing, so it
 * never answers (or swallows) a request another page sends to the background.
 */
export function onExtensionEvent(event: ExtensionEvent, handler: () => void): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && (message as EventMessage | null)?.event === event) handler();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
