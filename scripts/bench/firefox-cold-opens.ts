// Cold opens in Firefox: the popup opened after Firefox suspended the extension's background page
// (it does so after an idle time; the profile sets that time to one second so the bench need not
// wait thirty). Before each open the background is checked suspended (runtime.getContexts lists
// none). Paired with the cold floor, opened the same way, alternately, at each count of accounts.
import { randomBytes } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { encodeBase32 } from '../../lib/otp';
import { CODES_VISIBLE_MARK } from '../../lib/ui/perf-marks';
import { OPENING_VIEW_REDRAW_DELAY_MS } from '../../lib/accounts/opening-view-keeper';
import { openExtensionPage } from '../../test/e2e/support/firefox/extension-pages';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension, type FirefoxSession } from '../../test/e2e/support/firefox/firefox-session';
import { addColdFloorPage } from './cold-floor-page';
import type { ColdOpens } from './cold-opens';
import { interleavedOrder } from './stats';

const IDLE_MS = 1_000;

type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: { message: string } }>; getContexts(f: unknown): Promise<unknown[]> } };

async function sendAll(driver: Page, messages: Array<[string, unknown]>): Promise<void> {
  await driver.evaluate(async (messages) => {
    const { runtime } = (globalThis as unknown as { browser: Api }).browser;
    for (const [type, body] of messages) {
      const reply = await runtime.sendMessage({ type, body });
      if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error?.message ?? 'no reply'}`);
    }
  }, messages);
}

async function backgroundRunning(driver: Page): Promise<boolean> {
  return driver.evaluate(async () => {
    const { runtime } = (globalThis as unknown as { browser: Api }).browser;
    return (await runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length > 0;
  });
}

/** Waits until Firefox has suspended the background. */
async function makeCold(driver: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (await backgroundRunning(driver)) {
    if (Date.now() > deadline) throw new Error('Firefox did not suspend the extension’s background: a cold open cannot be measured.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens `url` in a new tab and returns the page's own time of `mark` (Firefox reports no load of these pages). */
async function openUntil(session: FirefoxSession, url: string, mark: string): Promise<number> {
  const page = await session.browser.newPage();
  try {
    page.goto(url).catch(() => undefined);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const at = await page
        .evaluate((name, href) => (location.href === href ? performance.getEntriesByName(name)[0]?.startTime : undefined), mark, url)
        .catch(() => undefined);
      if (at !== undefined) return at;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${url} did not record ${mark}.`);
  } finally {
    await page.close();
  }
}

const randomUri = (i: number) => `otpauth://totp/Bench%20${i}:user${i}%40example.com?secret=${encodeBase32(randomBytes(20))}&issuer=Bench%20${i}`;

/** Cold opens and cold floors at each count of accounts, in Firefox. */
export async function measureFirefoxColdOpens(
  counts: readonly number[],
  passphrase: string,
  options: { pairs: number; warmUpPairs: number },
): Promise<{ version: string; byCount: Map<number, ColdOpens> }> {
  const session = await launchFirefoxWithExtension({ prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
  const byCount = new Map<number, ColdOpens>();
  try {
    const version = await session.browser.version();
    // A page of the extension that asks the background nothing of its own (the popup would, at every period).
    const driver = await openExtensionPage(session, 'privacy-policy.html');
    await sendAll(driver, [['vault.create', { passphrase }]]);
    let seeded = 0;
    for (const count of counts) {
      await sendAll(driver, Array.from({ length: count - seeded }, (_, i) => ['accounts.addUri', { uri: randomUri(seeded + i) }]));
      seeded = count;
      await new Promise((resolve) => setTimeout(resolve, OPENING_VIEW_REDRAW_DELAY_MS + 500));
      const view = await driver.evaluate(async () => (await (globalThis as unknown as { browser: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).browser.storage.session.get('openingView')).openingView);
      if (!view) throw new Error('The background kept no first screen for the popup.');
      // Added to the measured build only, while it runs.
      const floor = addColdFloorPage(FIREFOX_EXTENSION_DIR, `firefox-${count}`, view);
      const urls = { floor: `${session.origin}/${floor}`, codes: `${session.origin}/popup.html` };
      const result: ColdOpens = { floor: [], codes: [] };
      for (const [index, pair] of interleavedOrder(options.warmUpPairs + options.pairs).entries()) {
        for (const which of pair) {
          const kind = which === 'a' ? 'floor' : 'codes';
          await makeCold(driver);
          const ms = await openUntil(session, urls[kind], CODES_VISIBLE_MARK);
          if (index >= options.warmUpPairs) result[kind].push(ms);
        }
      }
      byCount.set(count, result);
    }
    return { version, byCount };
  } finally {
    await session.dispose();
  }
}
