// How the popup opens, begun by its first script (entrypoints/popup-opening.ts) and picked up by its
// main bundle. No polyfill and no zod here: this is the small script that runs first.
import { readKeptView, readOpeningSnapshot, type OpeningPlatform } from '../accounts/opening-view';
import type { Envelope, PopupSnapshot, Reply } from '../protocol/protocol';
import { FIRST_SCREEN_ROWS } from './layout';

type OpeningReply = Reply<'popup.open'> | undefined;

/** How the popup opens: what its main bundle picks up from this script. */
export interface Opening {
  /** The first screen the background kept, if it can be shown now: painted before any answer. */
  kept: Promise<PopupSnapshot | undefined>;
  /** Sends the opening request (once) and returns its reply. */
  ask(): Promise<OpeningReply>;
}

/** Where the popup's main bundle finds the opening this script already started. */
export interface OpeningWindow {
  opening?: Opening;
}

interface PlatformApi extends OpeningPlatform {
  runtime: { sendMessage(message: unknown): Promise<OpeningReply> };
}

/**
 * Starts the popup's opening with the platform's own promise API (chrome.* in Chrome MV3,
 * browser.* in Firefox): the polyfill would make this tiny script the slow part. Without a kept
 * screen to show, the opening request goes out at once, while the main bundle still loads; with
 * one, the popup paints it and asks after its first frame, so the background (perhaps starting
 * from nothing) does not compete with that frame.
 */
export function startOpening(): Opening {
  const scope = globalThis as { browser?: PlatformApi; chrome?: PlatformApi };
  const platform = (scope.browser ?? scope.chrome)!;
  const envelope: Envelope<'popup.open'> = { type: 'popup.open', body: { firstRows: FIRST_SCREEN_ROWS } };
  let reply: Promise<OpeningReply> | undefined;
  const ask = () => (reply ??= platform.runtime.sendMessage(envelope));
  // Nothing kept (locked, a first open, a change a moment ago): the request goes out as soon as
  // that is known, not after the other reads.
  const view = readKeptView(platform);
  view.then((found) => (found ? undefined : ask())).catch(() => undefined);
  const kept = readOpeningSnapshot(platform, Date.now, view);
  kept.then((snapshot) => (snapshot ? undefined : ask())).catch(() => undefined);
  return { kept, ask };
}

/**
 * Whether the background's answer shows what the kept screen showed: the same state, rows, count
 * and order. Codes are left out: they follow from the same accounts, and a period that ended
 * between the two would make equal screens look different.
 */
export function sameFirstScreen(kept: PopupSnapshot, answer: PopupSnapshot): boolean {
  const screen = ({ status, accounts, total, accountSort }: PopupSnapshot) =>
    keyOrderFreeJson([status.state, status.autoLockMinutes, accounts, total, accountSort]);
  return screen(kept) === screen(answer);
}

/**
 * JSON in which every object lists its keys in one order. Chrome hands back what storage.session
 * kept with each object's keys sorted, while the background's answer has them in the order they
 * were made: compared as written, the same screen would look different every time.
 */
function keyOrderFreeJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
