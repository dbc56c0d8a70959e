// The sandbox's clock, pinned so that TOTP tests never straddle a 30 s step boundary.
// Everything time-based in the sandbox reads its own clock (real time + an offset that
// POST /__sandbox/clock sets), so tests move time instead of sleeping.
import { control } from './sandbox-harness';
import { TOTP_PERIOD_MS } from './totp-codes';

const STEP_MS = TOTP_PERIOD_MS;
/**
 * Where in a step the pin lands. 10 s in leaves 20 s before the code changes (a contract test
 * takes milliseconds) and keeps the previous step boundary 10 s behind.
 */
const INTO_STEP_MS = 10_000;
/** More than this between setting the clock and reading it back, and the pin is not trustworthy. */
const PIN_TOLERANCE_MS = 5_000;

type ClockView = { offsetSeconds: number; nowMs: number; now: string };

export type ServerClock = {
  /** The sandbox's time now, read from GET /__sandbox/clock (what its TOTP checks will use). */
  now(): Promise<number>;
  /** Our own estimate of the sandbox's time, without a request (same host, same real clock). */
  estimate(): number;
  /** Moves the sandbox clock forward; whole multiples of 30 keep the mid-step position. */
  advance(seconds: number): Promise<void>;
};

async function readClock(url: string): Promise<ClockView> {
  return (await control(url, 'GET', '/__sandbox/clock')) as ClockView;
}

async function setOffset(url: string, offsetSeconds: number): Promise<ClockView> {
  return (await control(url, 'POST', '/__sandbox/clock', { offsetSeconds })) as ClockView;
}

/**
 * Moves the sandbox clock forward to 10 s into the next 30 s step and keeps the offset, so
 * later moves are relative to the pin. Call it after a reset (which puts the offset back to 0).
 */
export async function pinServerClock(url: string): Promise<ServerClock> {
  const before = await readClock(url);
  const target = (Math.floor(before.nowMs / STEP_MS) + 1) * STEP_MS + INTO_STEP_MS;
  let offsetSeconds = before.offsetSeconds + (target - before.nowMs) / 1000;
  await setOffset(url, offsetSeconds);
  const pinned = (await readClock(url)).nowMs;
  if (pinned < target - 50 || pinned > target + PIN_TOLERANCE_MS) {
    throw new Error(`Could not pin the sandbox clock: wanted ${target}, it reads ${pinned}.`);
  }
  return {
    now: async () => (await readClock(url)).nowMs,
    estimate: () => Date.now() + offsetSeconds * 1000,
    advance: async (seconds) => {
      offsetSeconds += seconds;
      await setOffset(url, offsetSeconds);
    },
  };
}
