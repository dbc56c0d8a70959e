import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLIPBOARD_CLEAR_ALARM, createClipboardClearer } from '../../../lib/clipboard/clipboard-clear';
import { writeClipboardRequest } from '../../../lib/clipboard/offscreen-protocol';
import { ClipboardUnavailableError, writeEmptyClipboard } from '../../../lib/clipboard/clipboard-writer';
import { harness } from '../backup/backup-harness';

const START = Date.UTC(2025, 4, 17, 9, 30);

beforeEach(() => {
  fakeBrowser.reset();
  // Timers and the clock only: fake IndexedDB runs on setImmediate, which must stay real.
  vi.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

async function alarmTime(): Promise<number | undefined> {
  return (await browser.alarms.get(CLIPBOARD_CLEAR_ALARM))?.scheduledTime;
}

/** What the browser does when the alarm is due: the alarm is gone, then its listeners run. */
async function fireAlarm(clearer: { handleAlarm(alarm: { name: string }): Promise<void> }) {
  await browser.alarms.clear(CLIPBOARD_CLEAR_ALARM);
  await clearer.handleAlarm({ name: CLIPBOARD_CLEAR_ALARM });
}

describe('clearing copied codes', () => {
  it('clears once after a short delay, on a timer, with the alarm at 30 s as a fallback', async () => {
    const clear = vi.fn(async () => undefined);
    const clearer = createClipboardClearer(clear);
    await clearer.schedule(10);
    expect(await alarmTime()).toBe(START + 30_000);

    await vi.advanceTimersByTimeAsync(9_999);
    expect(clear).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(clear).toHaveBeenCalledTimes(1);
    // The fallback must not clear again later: the clipboard may hold something else by then.
    expect(await alarmTime()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('keeps the alarm when clearing on the timer fails, and clears when it fires', async () => {
    const clear = vi.fn<() => Promise<void>>().mockRejectedValueOnce(new ClipboardUnavailableError()).mockResolvedValue(undefined);
    const clearer = createClipboardClearer(clear);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await clearer.schedule(10);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(clear).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('Clearing the clipboard failed (ClipboardUnavailableError).');
    // The code is still in the clipboard: the fallback stays, to try again.
    expect(await alarmTime()).toBe(START + 30_000);
    await vi.advanceTimersByTimeAsync(20_000);
    await fireAlarm(clearer);
    expect(clear).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('restarts the wait on every copy: only the last copy counts', async () => {
    const clear = vi.fn(async () => undefined);
    const clearer = createClipboardClearer(clear);
    await clearer.schedule(10);
    await vi.advanceTimersByTimeAsync(6_000);
    await clearer.schedule(10);
    expect(await alarmTime()).toBe(START + 36_000);

    await vi.advanceTimersByTimeAsync(5_000);
    expect(clear).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('uses the alarm alone from 30 s on, and ignores an alarm a later copy has set again', async () => {
    const clear = vi.fn(async () => undefined);
    const clearer = createClipboardClearer(clear);
    await clearer.schedule(45);
    expect(await alarmTime()).toBe(START + 45_000);
    await vi.advanceTimersByTimeAsync(60_000);
    // No timer: only the alarm clears.
    expect(clear).not.toHaveBeenCalled();

    // The first alarm fires just as a second copy sets it again, for 45 s later.
    await clearer.schedule(45);
    await clearer.handleAlarm({ name: CLIPBOARD_CLEAR_ALARM });
    expect(clear).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(45_000);
    await fireAlarm(clearer);
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('clears from the alarm after the worker was stopped (a new clearer, no timer)', async () => {
    const before = createClipboardClearer(vi.fn(async () => undefined));
    await before.schedule(5);
    // The worker stops: its timer dies with it. A new worker starts for the alarm.
    vi.clearAllTimers();
    const clear = vi.fn(async () => undefined);
    const after = createClipboardClearer(clear);
    await vi.advanceTimersByTimeAsync(30_000);
    await fireAlarm(after);
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('never clears with a delay of 0, and a copy with 0 drops the pending clearing', async () => {
    const clear = vi.fn(async () => undefined);
    const clearer = createClipboardClearer(clear);
    await clearer.schedule(10);
    await clearer.schedule(0);
    expect(await alarmTime()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(clear).not.toHaveBeenCalled();
  });

  it('ignores other alarms', async () => {
    const clear = vi.fn(async () => undefined);
    const clearer = createClipboardClearer(clear);
    await clearer.schedule(45);
    await vi.advanceTimersByTimeAsync(45_000);
    await clearer.handleAlarm({ name: 'vault-auto-lock' });
    expect(clear).not.toHaveBeenCalled();
  });

  it('schedules with the delay from Settings when a page says a code was copied, and names it', async () => {
    const h = await harness(() => Date.now());
    await h.value('settings.update', { clipboardClearSeconds: 90 });
    expect(await h.value('clipboard.copied', {})).toEqual({ clearsAfterSeconds: 90 });
    expect(await alarmTime()).toBe(START + 90_000);
    await h.value('settings.update', { clipboardClearSeconds: 0 });
    expect(await h.value('clipboard.copied', {})).toEqual({ clearsAfterSeconds: 0 });
    expect(await alarmTime()).toBeUndefined();
  });
});

describe('writing an empty clipboard', () => {
  afterEach(() => {
    delete (fakeBrowser as { offscreen?: unknown }).offscreen;
  });

  it('asks an offscreen document where the browser has them (Chrome), then closes it', async () => {
    const calls: string[] = [];
    (fakeBrowser as { offscreen?: unknown }).offscreen = {
      hasDocument: async () => (calls.push('hasDocument'), false),
      createDocument: async (parameters: { url: string; reasons: string[] }) =>
        void calls.push(`create ${new URL(parameters.url).pathname} ${parameters.reasons.join()}`),
      closeDocument: async () => void calls.push('close'),
    };
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      calls.push(`message ${JSON.stringify(message)}`);
      return Promise.resolve({ ok: true, value: true });
    });
    await writeEmptyClipboard();
    expect(calls).toEqual([
      'hasDocument',
      'create /offscreen.html CLIPBOARD',
      `message ${JSON.stringify(writeClipboardRequest(''))}`,
      'close',
    ]);
  });

  it('reports a document that could not write, and still closes it', async () => {
    const close = vi.fn(async () => undefined);
    (fakeBrowser as { offscreen?: unknown }).offscreen = {
      hasDocument: async () => true,
      createDocument: async () => undefined,
      closeDocument: close,
    };
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: false }));
    await expect(writeEmptyClipboard()).rejects.toThrow(ClipboardUnavailableError);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('says so where there is neither an offscreen document nor a clipboard', async () => {
    await expect(writeEmptyClipboard()).rejects.toThrow(ClipboardUnavailableError);
  });
});
