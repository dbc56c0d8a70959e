// Waiting from Node. Puppeteer's own page-side waits (waitForFunction, and the locators built on
// it) run code the extension pages' content security policy refuses, so every wait of the Firefox
// suite polls from here, reading the page with evaluate or with the driver's queries.
import { setTimeout as sleep } from 'node:timers/promises';

/** The room a step of the extension has (the Chromium suite's locators wait as long). */
export const STEP_TIMEOUT = 10_000;
const INTERVAL_MS = 100;

/**
 * Reads until `accept` takes the value, and returns it; past `timeout` ms, fails with `what` and
 * the last value read (or the last error, when reading failed, as it does while a page reloads).
 */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeout = STEP_TIMEOUT,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = 'nothing read';
  for (;;) {
    try {
      const value = await read();
      if (accept(value)) return value;
      last = `last read: ${JSON.stringify(value)}`;
    } catch (error) {
      last = `last error: ${(error as Error).message}`;
    }
    if (Date.now() >= deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what} (${last}).`);
    await sleep(INTERVAL_MS);
  }
}
