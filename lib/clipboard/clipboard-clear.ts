// Clears a copied code from the clipboard after the delay the user chose. Each copy restarts the
// wait: only the last copy's deadline counts, so a code copied a moment ago is never wiped early
// by an older copy's timer.
// The clearing is unconditional: without clipboardRead (a far wider permission) the extension cannot
// tell whether the clipboard still holds its code, so text the user copied elsewhere since is wiped
// too. The README says so; the wait for one copy clears at most once (timer or alarm, not both).
import { browser } from 'wxt/browser';
import { writeEmptyClipboard } from './clipboard-writer';

export const CLIPBOARD_CLEAR_ALARM = 'clipboard-clear';

/**
 * Chrome fires no alarm sooner than 30 seconds after it is set (minimum_chrome_version 120). A
 * shorter delay runs on a timer in the worker, with the alarm at 30 s as a fallback in case the
 * worker is stopped before the timer fires.
 * @see https://developer.chrome.com/docs/extensions/reference/api/alarms
 */
export const MIN_ALARM_SECONDS = 30;

export interface ClipboardClearer {
  /** A code was copied: clear after `seconds` (0: never, and any pending clearing is dropped). */
  schedule(seconds: number): Promise<void>;
  /** Wire to browser.alarms.onAlarm; other alarms are ignored. */
  handleAlarm(alarm: { name: string }): Promise<void>;
}

export function createClipboardClearer(clear: () => Promise<void>): ClipboardClearer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Copies seen by this worker: a wait that is not for the latest one does nothing. */
  let latest = 0;

  function stopTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  async function clearFor(copy: number): Promise<void> {
    if (copy !== latest) return;
    stopTimer();
    // A clearing that fails (the offscreen document could not write, say) keeps the alarm: it
    // tries again at its time rather than leave the code in the clipboard.
    await clear();
    // Whichever of timer and alarm comes first does the work; the other must not clear again later
    // (by then the clipboard may hold something the user copied elsewhere). A copy made while the
    // clipboard was being cleared has set the alarm again, for its own wait.
    if (copy === latest) await browser.alarms.clear(CLIPBOARD_CLEAR_ALARM);
  }

  async function schedule(seconds: number): Promise<void> {
    latest += 1;
    const copy = latest;
    stopTimer();
    if (seconds <= 0) {
      await browser.alarms.clear(CLIPBOARD_CLEAR_ALARM);
      return;
    }
    // Re-creating the alarm under the same name replaces the previous copy's.
    await browser.alarms.create(CLIPBOARD_CLEAR_ALARM, { when: Date.now() + Math.max(seconds, MIN_ALARM_SECONDS) * 1000 });
    if (seconds < MIN_ALARM_SECONDS && copy === latest) {
      timer = setTimeout(() => {
        timer = undefined;
        clearFor(copy).catch((error: unknown) => console.warn(`Clearing the clipboard failed (${(error as Error).name}).`));
      }, seconds * 1000);
    }
  }

  async function handleAlarm(alarm: { name: string }): Promise<void> {
    if (alarm.name !== CLIPBOARD_CLEAR_ALARM) return;
    const copy = latest;
    // A copy made after this alarm fired has set it again, for later: that copy's wait counts.
    const current = await browser.alarms.get(CLIPBOARD_CLEAR_ALARM);
    if (current && current.scheduledTime > Date.now()) return;
    await clearFor(copy);
  }

  return { schedule, handleAlarm };
}

/** The worker's one clearer: the copy message and the alarm listener must share its timer. */
export const clipboardClearer = createClipboardClearer(writeEmptyClipboard);
