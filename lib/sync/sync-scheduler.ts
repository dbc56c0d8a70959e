// When sync cycles run: a moment after the vault changes or storage.sync does (a burst of changes
// makes one cycle), never two at once, again later when the write pace says so, and again at once
// when the vault changed while a cycle was bringing it up to date.
import { readStored, writeStored } from '../storage/stored-io';
import { VaultChangedMeanwhileError } from '../vault/errors';
import type { CycleOutcome } from './sync-cycle';
import { syncStatusItem } from './sync-items';

/** Runs a cycle the write pace put off, should the worker have been stopped before its timer. */
export const SYNC_LATER_ALARM = 'sync-later';

/** A cycle waits this long after the last change, so an import or a burst of edits syncs once. */
export const SYNC_DELAY_MS = 1_000;

export interface SyncScheduler {
  /** Runs a cycle after SYNC_DELAY_MS (or `delayMs`), unless another change comes first. */
  soon(delayMs?: number): void;
  /** Resolves when no cycle runs or waits to run (tests, and a page that asks for the status). */
  settled(): Promise<void>;
}

export function createSyncScheduler(run: () => Promise<CycleOutcome>, now: () => number, warn: (error: unknown) => void): SyncScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let waiters: (() => void)[] = [];

  function soon(delayMs = SYNC_DELAY_MS): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      start();
    }, Math.max(0, delayMs));
  }

  function start(): void {
    if (running) {
      again = true;
      return;
    }
    running = cycle().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        soon(0);
      } else if (!timer) {
        for (const resolve of waiters) resolve();
        waiters = [];
      }
    });
  }

  async function cycle(): Promise<void> {
    try {
      const outcome = await run();
      if (outcome.kind === 'later') soon(outcome.at - now());
    } catch (error) {
      if (error instanceof VaultChangedMeanwhileError) {
        again = true;
        return;
      }
      warn(error);
      // Said on the management page by the error's name; the next change tries again.
      const status = await readStored(syncStatusItem).catch(() => undefined);
      if (status) await writeStored(syncStatusItem, { ...status, stoppedBy: error instanceof Error ? error.name : 'Error' }).catch(() => undefined);
    }
  }

  return {
    soon,
    settled() {
      if (!running && !timer) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
