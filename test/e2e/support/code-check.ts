// Checks of the codes the extension shows or fills against the independent oathtool, written
// against a plain read function so that the Chromium (playwright) and the Firefox (puppeteer)
// suites share them: only how a code is read from the page differs between the two.
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { oathtoolTotp, type TotpOptions } from './oathtool';

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/**
 * Reads the code shown for an account (digits, spaces allowed) and checks it against oathtool for
 * the same second. Right after a period boundary the page may still show the previous code for a
 * few milliseconds, so a mismatch is retried for a short while before it fails.
 */
export async function expectShownCodeMatchesOathtool(
  readShown: () => Promise<string>,
  secret: string,
  options: TotpOptions = {},
  /** How far ahead of this clock the page's clock runs. */
  clockShiftSeconds = 0,
): Promise<{ code: string; seconds: number }> {
  const deadline = Date.now() + 5_000;
  let last = { shown: '', expected: '' };
  while (Date.now() < deadline) {
    const seconds = nowSeconds() + clockShiftSeconds;
    const shown = (await readShown()).replace(/\s/g, '');
    const expected = oathtoolTotp(secret, seconds, options);
    if (shown === expected && nowSeconds() + clockShiftSeconds === seconds) return { code: shown, seconds };
    last = { shown, expected };
    await sleep(150);
  }
  expect(last.shown).toBe(last.expected);
  throw new Error('unreachable: the expectation above failed');
}

/**
 * Waits until `read` gives a 6-digit code, and checks it is the one oathtool computes for the
 * secret at a second around now (a fill right at a period boundary may carry either step's code).
 */
export async function expectOathtoolCode(
  read: () => Promise<string>,
  secret: string,
  since: number,
  wait: { timeout: number },
): Promise<string> {
  await expect.poll(read, wait).toMatch(/^\d{6}$/);
  const code = await read();
  const seconds = new Set([since, nowSeconds()]);
  expect([...seconds].map((second) => oathtoolTotp(secret, second))).toContain(code);
  return code;
}
