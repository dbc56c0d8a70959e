import { t } from '../i18n/t';
import { browser } from 'wxt/browser';
import type { Reply as GateReply } from '../messaging/gate';
import { RemoteError } from '../messaging/remote-error';
import type { Envelope, MessageType, Reply, ReplyOf, RequestOf } from './protocol';

/** Sends one typed message to the background and returns its reply, or throws its typed error. */
export async function sendMessage<K extends MessageType>(type: K, body: RequestOf<K>): Promise<ReplyOf<K>> {
  const envelope: Envelope<K> = { type, body };
  return unwrapReply((await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined);
}

/** A reply's value, or its error rethrown with the background's typed name. */
export function unwrapReply<T>(reply: GateReply<T> | undefined): T {
  if (!reply) {
    throw new RemoteError({ name: 'NoReplyError', message: t('messagingNoReply') });
  }
  if (!reply.ok) throw new RemoteError(reply.error);
  return reply.value;
}
