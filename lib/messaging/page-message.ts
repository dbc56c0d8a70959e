// How a capability defines a message that the extension's pages send to the background: its
// request schema, whether it counts as a use of the vault, and its handler, in one place. The
// name is the key it is listed under. The protocol pages compile against (lib/protocol) and the
// background's gate are both derived from these definitions.
import type * as z from '../zod';
import type { GateEntry, Sender } from './gate';

export interface PageMessage<S extends z.ZodMiniType, Reply> extends GateEntry<z.output<S>, Reply> {
  request: S;
  /**
   * Sent by a page by itself rather than on the user's behalf (asking the state on opening,
   * refreshing codes as they expire): it does not restart the idle timer. Everything else does.
   */
  passive: boolean;
}

export type AnyPageMessage = PageMessage<z.ZodMiniType, unknown>;

/** Only the extension's own pages may send these; a content script never may. */
export function pageMessage<S extends z.ZodMiniType, Reply>(definition: {
  request: S;
  passive?: true;
  handle(body: z.output<S>, sender: Sender): Promise<Reply>;
}): PageMessage<S, Reply> {
  return { from: 'extension-page', passive: definition.passive === true, request: definition.request, handle: definition.handle };
}

/** The request and reply of each message of a table, as pages see them. */
export type ProtocolOf<T extends Record<string, AnyPageMessage>> = {
  [K in keyof T]: { request: z.input<T[K]['request']>; reply: Awaited<ReturnType<T[K]['handle']>> };
};
