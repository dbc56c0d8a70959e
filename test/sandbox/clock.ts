/**
 * Server time. Everything time-based in the sandbox (JWT exp, MFA token and
 * trusted-device expiry, lockouts, rate-limit windows, TOTP steps) reads this
 * clock and nothing else, so that tests can move time with `POST /__sandbox/clock`
 * instead of sleeping.
 */
export interface Clock {
  /** Server time in epoch milliseconds: real time plus the offset. */
  now(): number;
  offsetSeconds(): number;
  /** An absolute offset from real time (not a step): setting 0 returns to real time. */
  setOffsetSeconds(seconds: number): void;
}

export function createClock(): Clock {
  let offsetMs = 0;
  return {
    now: function now() {
      return Date.now() + offsetMs;
    },
    offsetSeconds: function offsetSeconds() {
      return offsetMs / 1000;
    },
    setOffsetSeconds: function setOffsetSeconds(seconds: number) {
      offsetMs = Math.round(seconds * 1000);
    },
  };
}
