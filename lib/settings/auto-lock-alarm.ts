// The name of the alarm that locks an idle vault. It sits beside the delay it is set from, in the
// layer pages may read: the popup looks at the alarm before it paints a screen the background
// kept for it (lib/accounts/opening-view.ts), so a vault whose time is up never shows codes.
export const AUTO_LOCK_ALARM = 'vault-auto-lock';

/** What the browser says of an alarm (both browsers' alarms.get), as far as the check reads it. */
export interface ScheduledAlarm {
  scheduledTime: number;
}

/** True while the idle lock is set and not yet due: an unlocked vault always has it set. */
export function autoLockPending(alarm: ScheduledAlarm | undefined, now: number): boolean {
  return alarm !== undefined && alarm.scheduledTime > now;
}
