import { createGate, type GateEntry, type Reply, type Sender } from '../../../lib/messaging/gate';
import { toWireError } from '../../../lib/messaging/remote-error';

/** The background's gate over a few message groups only, for tests of those groups. */
export function routeOf(
  table: Readonly<Record<string, GateEntry>>,
  identity: { extensionId: string; extensionOrigin: string },
): (message: unknown, sender: Sender) => Promise<Reply> {
  const gate = createGate(table, { ...identity, unknown: 'refuse', toWireError });
  return async (message, sender) => (await gate(message, sender)) as Reply;
}
