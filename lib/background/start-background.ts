import { browser } from 'wxt/browser';
import { announce } from '../messaging/events';
import { handleRefreshAlarm } from '../server/session/refresh-alarm';
import { watchSessionUser } from '../server/session/session-user-watch';
import { createServerPort } from '../server/server-port';
import * as autoLock from '../vault/auto-lock';
import { restrictSessionStorage } from '../vault/session-key';
import { createVaultService } from '../vault/vault-service';
import { createFillMenu, handleFillCommand, handleFillMenuClick } from '../autofill/worker/autofill-gestures';
import { clipboardClearer } from '../clipboard/clipboard-clear';
import { keepOpeningView } from '../accounts/opening-view-keeper';
import { runSyncCycle } from '../sync/sync-cycle';
import { createSyncScheduler, SYNC_LATER_ALARM } from '../sync/sync-scheduler';
import { withSyncAfterChanges } from '../sync/sync-triggers';
import { watchSyncArea } from '../storage/sync-area';
import { FIRST_SCREEN_ROWS } from '../ui/layout';
import { recordActivity } from './activity';
import { createBackgroundRoute } from './background-route';
import { withCompositions } from './deps';

/**
 * Registers every listener synchronously, as an MV3 service worker must: a worker woken by a
 * message or an alarm only delivers it to listeners added in its first turn.
 */
export function startBackground(): void {
  restrictSessionStorage().catch(warnFailed('Restricting session storage to the extension'));
  // Every change made here asks for a sync cycle (a no-op while sync is off); every use of the
  // vault, the cycle's included, goes through the keeper of the popup's opening view, so no change
  // to the accounts, lock or erase can leave the view behind.
  // The scheduler runs cycles with the vault built below; none runs before a change asks for one.
  // A cycle the write pace puts off also gets an alarm: the worker may be stopped before its timer.
  const syncCycle = async () => {
    const outcome = await runSyncCycle({ vault: deps.vault, now: Date.now });
    if (outcome.kind === 'later') await browser.alarms.create(SYNC_LATER_ALARM, { when: outcome.at });
    return outcome;
  };
  const sync = createSyncScheduler(syncCycle, Date.now, warnFailed('Syncing the vault'));
  const syncSoon = () => sync.soon();
  const openingView = keepOpeningView(withSyncAfterChanges(createVaultService(), syncSoon), {
    rows: FIRST_SCREEN_ROWS,
    now: Date.now,
    warn: (what, error) => warnFailed(what)(error),
  });
  const deps = withCompositions({
    vault: openingView.vault,
    autoLock,
    servers: createServerPort({ now: Date.now }),
    now: Date.now,
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    announceLocked: () => announce('vault.locked'),
    announceSessionChanged: () => announce('session.changed'),
    syncNow: () => {
      sync.soon(0);
      return sync.settled();
    },
  });
  // What other browsers wrote arrives through the browser's sync as changes of storage.sync.
  watchSyncArea(syncSoon);
  const identity = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  const route = createBackgroundRoute(deps, identity, {
    onAnswered: (message) => {
      recordActivity(message, deps).catch(warnFailed('Recording activity'));
      openingView.keepFresh();
    },
  });
  browser.runtime.onMessage.addListener(route);
  watchSessionUser(() => announce('session.userChanged'));

  browser.alarms.onAlarm.addListener((alarm) => {
    // The idle lock ends the server session too: its tokens live only while the vault is unlocked.
    autoLock
      .handleAlarm(alarm, () => deps.lockVaultAndEndSession())
      .catch(warnFailed('Locking the vault on its idle timer'));
    handleRefreshAlarm(alarm, deps).catch(warnFailed('Renewing the server session'));
    clipboardClearer.handleAlarm(alarm).catch(warnFailed('Clearing the clipboard'));
    openingView.handleAlarm(alarm).catch(warnFailed('Renewing the popup’s first screen'));
    if (alarm.name === SYNC_LATER_ALARM) syncSoon();
  });

  // Filling a code by the keyboard command or the field's context menu (the popup's Fill is a message).
  browser.commands.onCommand.addListener((command, tab) => {
    handleFillCommand(deps, command, tab).catch(warnFailed('Filling a code from the keyboard'));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    handleFillMenuClick(deps, info, tab).catch(warnFailed('Filling a code from the context menu'));
  });
  browser.runtime.onInstalled.addListener(() => {
    createFillMenu().catch(warnFailed('Adding the fill item to the context menu'));
  });
  // Menu items outlive the browser's restart, their title's language too: a browser started in
  // another language gets the item anew, in that language.
  browser.runtime.onStartup.addListener(() => {
    createFillMenu().catch(warnFailed('Adding the fill item to the context menu'));
  });
}

/** For work nobody awaits: says what failed by the error's name only, never its message. */
function warnFailed(what: string) {
  return (error: unknown) => console.warn(`${what} failed (${error instanceof Error ? error.name : 'unknown error'}).`);
}
