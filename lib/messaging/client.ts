import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, ReplyOf, RequestOf } from './protocol';
import { RemoteError } from './remote-error';

/** Sends one typed message to the background and returns its reply, or throws its typed error. */
export async function sendMessage<K extends MessageType>(type: K, body: RequestOf<K>): Promise<ReplyOf<K>> {
  const envelope: Envelope<K> = { type, body };
  return unwrapReply((await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined);
}

/** A reply's value, or its error rethrown with the background's typed name. */
export function unwrapReply<K extends MessageType>(reply: Reply<K> | undefined): ReplyOf<K> {
  if (!reply) {
    throw new RemoteError({ name: 'NoReplyError', message: 'The extension did not answer. Please try again.' });
  }
  if (!reply.ok) throw new RemoteError(reply.error);
  return reply.value;
}
