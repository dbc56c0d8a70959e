// The popup with 1,000 accounts against its floor: the same popup showing its unlock form (one
// message, almost no rendering). Both are opened alternately in one loop, so a busy moment on a
// shared machine lands on both and their ratio stays fair.
import type { Page } from 'playwright-core';
import { CODES_VISIBLE_MARK, UNLOCK_FORM_MARK } from '../../lib/ui/perf-marks';
import { FIRST_SCREEN_ROWS } from '../../lib/ui/layout';
import { OPENING_VIEW_REDRAW_DELAY_MS } from '../../lib/accounts/opening-view-keeper';
import type { ExtensionSession } from '../../test/e2e/support/browser';
import { openPopupUntil, send, timeMessages } from './extension-driver';
import { interleavedOrder } from './stats';

export type OpenKind = 'floor' | 'codes';

/**
 * A pause before every open, so that each starts with the worker idle: the unlock's key
 * derivation and the decryption of the list leave garbage in the worker, and a popup showing its
 * codes asks for the whole list just after its first frame, which the worker is still sending when
 * the page has closed. Only the accounts' opens leave that work behind: without the pause, the
 * second of two opens in a row (B B) would pay for the first's, and the floor's (A A) never does.
 */
const SETTLE_MS = 250;

/**
 * Where one opening spent its time, in ms from the page's navigation start. `visible` is the
 * popup's own mark (codes painted, or the unlock form painted); the others are read only when the
 * page was instrumented (`instrumentOpening`).
 */
export interface OpenTimes {
  visible: number;
  /** The popup's opening request left (before the first paint only without a kept screen). */
  asked?: number;
  /** The first screen's data arrived in the page: the kept screen (storage.session), or the answer. */
  answer?: number;
  /** The main bundle had run (DOMContentLoaded: module scripts run before it). */
  bundleRan?: number;
  /** The answer had been rendered into the DOM ("Opening…" replaced), before any paint. */
  rendered?: number;
}

/**
 * Runs in the popup before its own scripts: notes when the opening request leaves and when the
 * first screen's data arrives (by wrapping the page's sendMessage and storage.session.get, which
 * the popup calls unchanged), and when
 * the first render replaces the "Opening…" placeholder. It adds a function call and a mutation
 * observer to the page, nothing that waits.
 */
function instrumentOpening(): void {
  type Send = (message: { type?: string }, ...rest: unknown[]) => Promise<unknown>;
  type Get = (keys: unknown) => Promise<Record<string, unknown>>;
  type Api = { runtime: { sendMessage: Send }; storage: { session: { get: Get } } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = scope.browser ?? scope.chrome;
  // No named functions in here (the page gets this function's source as it is): 'bench:answer'
  // is marked inline, once, when the first screen's data arrives, kept or answered.
  if (api) {
    const { runtime } = api;
    const send = runtime.sendMessage.bind(runtime);
    let seen = false;
    runtime.sendMessage = (message, ...rest) => {
      const opening = !seen && message?.type === 'popup.open';
      if (opening) {
        seen = true;
        performance.mark('bench:asked');
      }
      const reply = send(message, ...rest);
      if (opening) {
        reply
          .then(() => performance.getEntriesByName('bench:answer').length > 0 || performance.mark('bench:answer'))
          .catch(() => undefined);
      }
      return reply;
    };
    const session = api.storage.session;
    const get = session.get.bind(session);
    session.get = (keys) =>
      get(keys).then((found) => {
        if (found && 'openingView' in found && performance.getEntriesByName('bench:answer').length === 0) performance.mark('bench:answer');
        return found;
      });
  }
  new MutationObserver((mutations, observer) => {
    if (!mutations.some((m) => (m.target as Element).id === 'app' && m.removedNodes.length > 0)) return;
    performance.mark('bench:rendered');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function readStages(page: Page): Promise<Omit<OpenTimes, 'visible'>> {
  // No named functions in here: the page gets this function's source as it is.
  const [asked, answer, rendered, bundleRan] = await page.evaluate(() => [
    ...['bench:asked', 'bench:answer', 'bench:rendered'].map((name) => performance.getEntriesByName(name)[0]?.startTime),
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart,
  ]);
  return { asked, answer, rendered, bundleRan };
}

export interface InterleavedOpens {
  floor: OpenTimes[];
  codes: OpenTimes[];
}

/** Removes the first screen the background keeps for the popup, from an extension page (Chromium). */
async function forgetKeptScreen(driver: Page): Promise<void> {
  await driver.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: { remove(key: string): Promise<void> } } } }).chrome.storage.session.remove('openingView'),
  );
}

/**
 * Opens the popup `pairs` times locked (the floor) and `pairs` times unlocked with the vault's
 * accounts, in the order A B B A … after `warmUpPairs` unmeasured pairs. Locking and unlocking
 * happen between the opens, never during one; after each unlock the worker's decrypted list is
 * warmed with an opening request, as it is for every popup but the first after an unlock.
 * Returns with the vault unlocked.
 */
export async function measureOpensAgainstFloor(
  session: ExtensionSession,
  driver: Page,
  popupUrl: string,
  passphrase: string,
  options: { pairs: number; warmUpPairs: number; instrument?: boolean; withoutKeptScreen?: boolean },
): Promise<InterleavedOpens> {
  const result: InterleavedOpens = { floor: [], codes: [] };
  let locked = false;
  const prepare = async (kind: OpenKind) => {
    if ((kind === 'floor') === locked) return;
    if (kind === 'floor') await send(driver, 'vault.lock');
    else {
      await send(driver, 'vault.unlock', { passphrase });
      await send(driver, 'popup.open', { firstRows: FIRST_SCREEN_ROWS });
      // The screen kept for the popup is drawn a moment after the unlock, as it is for a user.
      await driver.waitForTimeout(OPENING_VIEW_REDRAW_DELAY_MS + 300);
    }
    locked = kind === 'floor';
  };
  const order = interleavedOrder(options.warmUpPairs + options.pairs);
  for (const [index, pair] of order.entries()) {
    for (const which of pair) {
      const kind: OpenKind = which === 'a' ? 'floor' : 'codes';
      await prepare(kind);
      await driver.waitForTimeout(SETTLE_MS);
      // The path of a popup opened with nothing kept (a moment after a change, say): it asks first.
      if (kind === 'codes' && options.withoutKeptScreen) await forgetKeptScreen(driver);
      const mark = kind === 'floor' ? UNLOCK_FORM_MARK : CODES_VISIBLE_MARK;
      const { page, ms } = await openPopupUntil(session.context, popupUrl, mark, options.instrument ? instrumentOpening : undefined);
      const times: OpenTimes = { visible: ms, ...(options.instrument && (await readStages(page))) };
      await page.close();
      if (index >= options.warmUpPairs) result[kind].push(times);
    }
  }
  await prepare('codes');
  return result;
}

/**
 * The opening request alone, sent from an extension page as the popup sends it, locked and
 * unlocked alternately: how much of the difference at the opening answer is the worker's work
 * (reading the accounts, the first screen's codes) and the bigger answer's trip. Returns with the
 * vault unlocked.
 */
export async function measureOpeningMessage(driver: Page, passphrase: string, pairs: number): Promise<InterleavedOpens> {
  const result: InterleavedOpens = { floor: [], codes: [] };
  const opening: [string, unknown] = ['popup.open', { firstRows: FIRST_SCREEN_ROWS }];
  for (let i = 0; i < pairs; i++) {
    await send(driver, 'vault.lock');
    result.floor.push({ visible: (await timeMessages(driver, [opening]))[0]! });
    await send(driver, 'vault.unlock', { passphrase });
    await send(driver, ...opening);
    result.codes.push({ visible: (await timeMessages(driver, [opening]))[0]! });
  }
  return result;
}
