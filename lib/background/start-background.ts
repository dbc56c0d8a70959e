import { browser } from 'wxt/browser';
import { announce } from '../messaging/events';
import type { MessageType, Reply } from '../messaging/protocol';
import { createMessageRouter } from '../messaging/router';
import * as autoLock from '../vault/auto-lock';
import { restrictSessionStorage } from '../vault/session-key';
import { createVaultService } from '../vault/vault-service';
import { recordActivity } from './activity';
import type { BackgroundDeps } from './deps';
import { createHandlers } from './handlers';

/**
 * Registers every listener synchronously, as an MV3 service worker must: a worker woken by a
 * message or an alarm only delivers it to listeners added in its first turn.
 */
export function startBackground(): void {
  restrictSessionStorage().catch(warnFailed('Restricting session storage to the extension'));
  const deps: BackgroundDeps = {
    vault: createVaultService(),
    autoLock,
    now: Date.now,
    announceLocked: () => announce('vault.locked'),
  };
  const route = createMessageRouter(createHandlers(deps), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener(async (message: unknown, sender): Promise<Reply> => {
    const reply = await route(message, sender);
    // The router answered it, so the message's type is a known one.
    if (reply.ok) recordActivity((message as { type: MessageType }).type, deps).catch(warnFailed('Recording activity'));
    return reply;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    autoLock
      .handleAlarm(alarm, async () => {
        await deps.vault.lockVault();
        deps.announceLocked();
      })
      .catch(warnFailed('Locking the vault on its idle timer'));
  });
}

/** For work nobody awaits: says what failed by the error's name only, never its message. */
function warnFailed(what: string) {
  return (error: unknown) => console.warn(`${what} failed (${error instanceof Error ? error.name : 'unknown error'}).`);
}
