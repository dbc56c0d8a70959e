// Auto-lock after a period without user actions, with browser.alarms: a setTimeout would die
// with the service worker, an alarm survives it.
import { browser } from 'wxt/browser';
import { readSettings, updateSettings } from '../settings/settings-store';
import { AUTO_LOCK_ALARM } from '../settings/auto-lock-alarm';
// The delay is a field of the settings record, which lib/settings owns with its range and default.
export { DEFAULT_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES } from '../settings/settings-item';

/** A missing or invalid stored value falls back to the default rather than disabling auto-lock. */
export async function getAutoLockMinutes(): Promise<number> {
  return (await readSettings()).autoLockMinutes;
}

/** A RangeError unless `minutes` is a whole number within the range. */
export async function setAutoLockMinutes(minutes: number): Promise<void> {
  await updateSettings({ autoLockMinutes: minutes });
}

/** Called on every user action: re-creating the alarm pushes the deadline back. */
export async function touchAutoLock(): Promise<void> {
  const minutes = await getAutoLockMinutes();
  await browser.alarms.create(AUTO_LOCK_ALARM, { delayInMinutes: minutes });
}

/** For an explicit lock: no alarm should fire for a vault that is already locked. */
export async function cancelAutoLock(): Promise<void> {
  await browser.alarms.clear(AUTO_LOCK_ALARM);
}

/** Wire to browser.alarms.onAlarm; other alarms are ignored. */
export async function handleAlarm(
  alarm: { name: string },
  lock: () => Promise<void>,
): Promise<void> {
  if (alarm.name === AUTO_LOCK_ALARM) await lock();
}
