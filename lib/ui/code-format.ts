/** Splits a code into two groups for reading aloud or typing: "123 456", "1234 5678", "123 4567". */
export function groupCode(code: string): string {
  if (code.length < 6) return code;
  const head = Math.floor(code.length / 2);
  return `${code.slice(0, head)} ${code.slice(head)}`;
}

/** Whole seconds left until `validUntil`, never below zero. */
export function secondsLeft(validUntil: number, now: number): number {
  return Math.max(0, Math.ceil((validUntil - now) / 1000));
}

/** When the popup must ask for fresh codes: the earliest moment any shown code expires. */
export function nextRefreshAt(codes: ReadonlyArray<{ validUntil: number }>): number | undefined {
  let earliest: number | undefined;
  for (const { validUntil } of codes) {
    if (earliest === undefined || validUntil < earliest) earliest = validUntil;
  }
  return earliest;
}

/**
 * The code a row shows and copies: a counter-based (HOTP) one once asked for; a time-based one only
 * while it is valid, so an expired code is never shown or copied, even when a refresh is late.
 */
export function usableCode(
  type: 'totp' | 'hotp',
  timeCode: { code: string; validUntil: number } | undefined,
  counterCode: string | undefined,
  now: number,
): string | undefined {
  if (type === 'hotp') return counterCode;
  return timeCode && timeCode.validUntil > now ? timeCode.code : undefined;
}
