import { UserFacingError } from '../user-facing-error';
import type { Browser } from 'wxt/browser';
import type { MessageType, Reply, ReplyOf, RequestOf } from './protocol';
import { requestSchemas } from './request-schemas';
import { toWireError } from './remote-error';

export type MessageSender = Browser.runtime.MessageSender;

/**
 * Who may send a message: the extension's own pages (popup, options) for everything touching the
 * vault, or a content script in a tab for the few page-facing messages.
 */
export type SenderKind = 'extension-page' | 'content-script';

export interface HandlerSpec<K extends MessageType> {
  from: SenderKind;
  handle(body: RequestOf<K>, sender: MessageSender): Promise<ReplyOf<K>>;
}

export type Handlers = { [K in MessageType]: HandlerSpec<K> };

export interface RouterIdentity {
  /** `browser.runtime.id` */
  extensionId: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://<id>/` */
  extensionOrigin: string;
}

export class ForbiddenSenderError extends UserFacingError {
  override name = 'ForbiddenSenderError';
  constructor() {
    super('This request did not come from a part of the extension allowed to make it.');
  }
}

export class UnknownMessageError extends UserFacingError {
  override name = 'UnknownMessageError';
  constructor() {
    super('The extension does not know this request.');
  }
}

export class BadRequestError extends UserFacingError {
  override name = 'BadRequestError';
  constructor() {
    super('The request was malformed.');
  }
}

function senderMatches(kind: SenderKind, sender: MessageSender, identity: RouterIdentity): boolean {
  if (sender.id !== identity.extensionId) return false;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(identity.extensionOrigin);
  if (kind === 'extension-page') return fromExtensionPage;
  return sender.tab !== undefined && !fromExtensionPage;
}

function isKnownType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(requestSchemas, type);
}

/**
 * Builds the background's single message listener. Each message goes through the same gate, in
 * this order: known type, allowed sender, body parsed by its schema; only then the handler runs.
 * Every outcome is a `Reply`, so a failure never leaves the caller waiting.
 */
export function createMessageRouter(handlers: Handlers, identity: RouterIdentity) {
  async function dispatch<K extends MessageType>(type: K, rawBody: unknown, sender: MessageSender): Promise<Reply<K>> {
    const spec = handlers[type] as HandlerSpec<K>;
    if (!senderMatches(spec.from, sender, identity)) throw new ForbiddenSenderError();
    const parsed = requestSchemas[type].safeParse(rawBody);
    if (!parsed.success) throw new BadRequestError();
    const value = await spec.handle(parsed.data as RequestOf<K>, sender);
    return { ok: true, value };
  }

  return async function route(message: unknown, sender: MessageSender): Promise<Reply> {
    try {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof message !== 'object' || !isKnownType(type)) throw new UnknownMessageError();
      return await dispatch(type, (message as { body?: unknown }).body, sender);
    } catch (error) {
      return { ok: false, error: toWireError(error) };
    }
  };
}
