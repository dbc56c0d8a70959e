import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, ReplyOf, RequestOf } from './protocol';
import { RemoteError } from './remote-error';

/** Sends one typed message to the background and returns its reply, or throws its typed error. */
export async function sendMessage<K extends MessageType>(type: K, body: RequestOf<K>): Promise<ReplyOf<K>> {
  const envelope: Envelope<K> = { type, body };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) {
    throw new RemoteError({ name: 'NoReplyError', message: 'The extension did not answer. Please try again.' });
  }
  if (!reply.ok) throw new RemoteError(reply.error);
  return reply.value;
}
