import { createGate, UNKNOWN_MESSAGE, type Envelope, type Reply, type Sender } from '../messaging/gate';
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

/** One message group, bound, with the gate over its messages. */
interface BoundGroup {
  table: Readonly<Record<string, AnyPageMessage>>;
  gate: ReturnType<typeof createGate>;
}

/**
 * The background's one message listener: every page request passes the gate (known type, an
 * extension page as sender, a body its schema takes) before its handler runs.
 *
 * Binding a group builds its messages' request schemas, so groups are bound as messages need them
 * rather than when the listener is registered: a message is looked up group by group, in the
 * groups' order, binding each on the way. A worker woken by an alarm or a shortcut binds none; one
 * woken by the popup's opening message, the first group only.
 */
export function createBackgroundRoute(
  ports: BackgroundPorts,
  identity: { extensionId: string; extensionOrigin: string },
  options: RouteOptions = {},
) {
  const deps = withCompositions(ports);
  const gateOptions = { ...identity, unknown: 'leave', toWireError } as const;
  const groups = MESSAGE_GROUPS.map((group) => {
    let bound: BoundGroup | undefined;
    return (): BoundGroup => {
      if (!bound) {
        const table: Readonly<Record<string, AnyPageMessage>> = group(deps);
        bound = { table, gate: createGate(table, gateOptions) };
      }
      return bound;
    };
  });
  /** The message's definition and the gate of its group, binding groups up to the one that has it. */
  function lookUp(type: unknown): { entry: AnyPageMessage; gate: BoundGroup['gate'] } | undefined {
    if (typeof type !== 'string') return undefined;
    for (const bind of groups) {
      const { table, gate } = bind();
      if (Object.hasOwn(table, type)) return { entry: table[type]!, gate };
    }
    return undefined;
  }
  return async function route(message: unknown, sender: Sender): Promise<Reply> {
    const { type } = (typeof message === 'object' && message !== null ? message : {}) as Partial<Envelope>;
    const found = lookUp(type);
    // The background is the addressee of everything sent to it: it refuses what no group takes.
    if (!found) return { ok: false, error: UNKNOWN_MESSAGE };
    // The group takes this type, so its gate always has a reply here.
    const reply = (await found.gate(message, sender)) as Reply;
    if (reply.ok) options.onAnswered?.(found.entry);
    return reply;
  };
}
