import { browser } from 'wxt/browser';
import { createMessageRouter } from '../messaging/router';
import type { MessageType } from '../messaging/protocol';
import * as autoLock from '../vault/auto-lock';
import { createVaultService } from '../vault/vault-service';
import { createHandlers } from './handlers';

/** Messages the popup sends on its own (opening, refreshing codes): they do not count as use. */
const PASSIVE_MESSAGES = new Set<MessageType>(['vault.status', 'codes.current', 'accounts.list']);

/**
 * Registers every listener synchronously, as an MV3 service worker must: a worker woken by a
 * message or an alarm only delivers it to listeners added in its first turn.
 */
export function startBackground(): void {
  const vault = createVaultService();
  const route = createMessageRouter(createHandlers({ vault, autoLock, now: Date.now }), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    return route(message, sender).then(async (reply) => {
      const type = (message as { type?: MessageType }).type;
      if (reply.ok && type && !PASSIVE_MESSAGES.has(type) && (await vault.getVaultState()) === 'unlocked') {
        // Any deliberate use of the extension restarts the idle timer.
        await autoLock.touchAutoLock();
      }
      return reply;
    });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    void autoLock.handleAlarm(alarm, () => vault.lockVault());
  });
}
