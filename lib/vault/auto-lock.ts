// Auto-lock after a period without user actions, with browser.alarms: a setTimeout would die
// with the service worker, an alarm survives it.
import { browser } from 'wxt/browser';
import * as z from '../zod';

export const AUTO_LOCK_ALARM = 'vault-auto-lock';
export const DEFAULT_AUTO_LOCK_MINUTES = 15;
export const MIN_AUTO_LOCK_MINUTES = 1;
export const MAX_AUTO_LOCK_MINUTES = 1440;

const SETTINGS_KEY = 'settings';

const autoLockMinutesSchema = z.int().check(
  z.gte(MIN_AUTO_LOCK_MINUTES),
  z.lte(MAX_AUTO_LOCK_MINUTES),
);

// 'settings' is shared with other settings: read it loosely and write it back merged.
const settingsSchema = z.looseObject({ autoLockMinutes: z.optional(z.unknown()) });

async function readSettings(): Promise<Record<string, unknown>> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const result = settingsSchema.safeParse(stored[SETTINGS_KEY]);
  return result.success ? result.data : {};
}

/** A missing or invalid stored value falls back to the default rather than disabling auto-lock. */
export async function getAutoLockMinutes(): Promise<number> {
  const result = autoLockMinutesSchema.safeParse((await readSettings()).autoLockMinutes);
  return result.success ? result.data : DEFAULT_AUTO_LOCK_MINUTES;
}

export async function setAutoLockMinutes(minutes: number): Promise<void> {
  if (!autoLockMinutesSchema.safeParse(minutes).success) {
    throw new RangeError(
      `Auto-lock must be a whole number of minutes from ${MIN_AUTO_LOCK_MINUTES} ` +
        `to ${MAX_AUTO_LOCK_MINUTES}.`,
    );
  }
  const settings = await readSettings();
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...settings, autoLockMinutes: minutes } });
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
