import { createGate, type Envelope, type Reply, type Sender } from '../messaging/gate';
import type { AnyPageMessage } from '../messaging/page-message';
import { toWireError } from '../messaging/remote-error';
import { MESSAGE_GROUPS } from '../protocol/message-groups';
import type { MessageTable } from '../protocol/protocol';
import { withCompositions, type BackgroundDeps, type BackgroundPorts } from './deps';

/** Every message definition, bound to the background's deps. */
export function bindMessages(deps: BackgroundDeps): MessageTable {
  return Object.assign({}, ...MESSAGE_GROUPS.map((group) => group(deps))) as MessageTable;
}

export interface RouteOptions {
  /** Called with the definition of each message answered without error (the idle timer's cue). */
  onAnswered?: (message: AnyPageMessage) => void;
}

/**
 * The background's one message listener: every page request passes the gate (known type, an
 * extension page as sender, a body its schema takes) before its handler runs.
 */
export function createBackgroundRoute(
  ports: BackgroundPorts,
  identity: { extensionId: string; extensionOrigin: string },
  options: RouteOptions = {},
) {
  const table = bindMessages(withCompositions(ports));
  const gate = createGate(table, { ...identity, unknown: 'refuse', toWireError });
  return async function route(message: unknown, sender: Sender): Promise<Reply> {
    // The background answers everything sent to it, so the gate always has a reply here.
    const reply = (await gate(message, sender)) as Reply;
    if (reply.ok) options.onAnswered?.(table[(message as Envelope).type as keyof MessageTable]);
    return reply;
  };
}
