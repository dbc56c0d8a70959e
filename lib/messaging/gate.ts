// The one gate every channel passes: pages to the background, the background to pages (events),
// to its offscreen document and to the autofill content script. Each receiver hands it a table of
// the messages it takes; a message is answered only after, in this order, its type is known, its
// sender is one the message allows, and its body parses. Every outcome is a Reply, so a failure
// never leaves the sender waiting and never carries more than a name and one sentence.
//
// Imports nothing at run time: the content script carries this file, and pages carry it without
// zod (a parser is anything with zod's `safeParse` shape, so hand-written ones fit too).
import type { Parser } from '../parser';

/** A failure as the other side sees it: a typed name and one sentence meant for the user. */
export interface WireError {
  name: string;
  message: string;
}

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: WireError };

/** What travels over the extension's messaging. */
export interface Envelope<K extends string = string, B = unknown> {
  type: K;
  body: B;
}

export type { Parser };

/**
 * Who may send a message. `extension-page`: one of the extension's own pages (popup, options),
 * never a content script. `extension`: the extension itself outside any tab (its background, or
 * the popup): what pages accept as events, and what the content script accepts. `background`: the
 * background script alone, named by its URL; what only it may ask (the offscreen clipboard).
 */
export type SenderKind = 'extension-page' | 'extension' | 'background';

/** What the browser says about a sender (runtime.MessageSender), as far as the gate reads it. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface GateEntry<Req = unknown, Rep = unknown> {
  request: Parser<Req>;
  from: SenderKind;
  handle(body: Req, sender: Sender): Promise<Rep>;
}

export interface GateOptions {
  /** `runtime.id` */
  extensionId: string;
  /** `runtime.getURL('/')`, e.g. `chrome-extension://<id>/` */
  extensionOrigin: string;
  /**
   * The URL the background's messages carry as their sender (`chrome-extension://<id>/background.js`
   * for a service worker). Without it, no `background` message is taken.
   */
  backgroundUrl?: string;
  /**
   * The background is the addressee of every message sent to it, so it refuses an unknown one.
   * Pages and the offscreen document share the runtime channel with every other page's requests:
   * they leave what is not theirs unanswered, or they would answer in the background's place.
   */
  unknown: 'refuse' | 'leave';
  /**
   * How a handler's failure crosses: its own sentence where it is written for users (the
   * background's toWireError). Without one, every failure is the generic INTERNAL_ERROR.
   */
  toWireError?(error: unknown): WireError;
}

// The gate's refusals travel in English: this file imports nothing at run time, so it cannot read
// the user's language. The receiving page words them by name (RemoteError, remote-error.ts).
export const UNKNOWN_MESSAGE: WireError = { name: 'UnknownMessageError', message: 'The extension does not know this request.' };
export const FORBIDDEN_SENDER: WireError = {
  name: 'ForbiddenSenderError',
  message: 'This request did not come from a part of the extension allowed to make it.',
};
export const BAD_REQUEST: WireError = { name: 'BadRequestError', message: 'The request was malformed.' };
/** Any failure whose text was not written for users: its own message could carry anything. */
export const INTERNAL_ERROR: WireError = {
  name: 'InternalError',
  message: 'Something went wrong inside the extension. Please try again.',
};

function senderMatches(kind: SenderKind, sender: Sender, options: GateOptions): boolean {
  if (sender.id !== options.extensionId) return false;
  // A page may be open in a tab (the management page is); a content script always is.
  if (kind === 'extension-page') return typeof sender.url === 'string' && sender.url.startsWith(options.extensionOrigin);
  if (sender.tab !== undefined) return false;
  // The popup is outside any tab too: only the URL tells the background apart.
  return kind === 'extension' || (options.backgroundUrl !== undefined && sender.url === options.backgroundUrl);
}

/**
 * The receiver's message listener: a Reply for a message it takes (or refuses), undefined for one
 * it leaves to another receiver.
 */
export function createGate(
  entries: Readonly<Record<string, GateEntry<unknown, unknown>>>,
  options: GateOptions,
): (message: unknown, sender: Sender) => Promise<Reply> | undefined {
  return (message, sender) => {
    const { type, body } = (typeof message === 'object' && message !== null ? message : {}) as Partial<Envelope>;
    const entry = typeof type === 'string' && Object.hasOwn(entries, type) ? entries[type] : undefined;
    if (!entry) return options.unknown === 'refuse' ? Promise.resolve({ ok: false, error: UNKNOWN_MESSAGE }) : undefined;
    return (async (): Promise<Reply> => {
      if (!senderMatches(entry.from, sender, options)) return { ok: false, error: FORBIDDEN_SENDER };
      const parsed = entry.request.safeParse(body);
      if (!parsed.success) return { ok: false, error: BAD_REQUEST };
      try {
        return { ok: true, value: await entry.handle(parsed.data, sender) };
      } catch (error) {
        return { ok: false, error: options.toWireError?.(error) ?? INTERNAL_ERROR };
      }
    })();
  };
}
