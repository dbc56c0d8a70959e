// How long a keyboard fill takes, from the key press to the code in the page's field, on a page
// the extension has not touched yet: the background matches the site against the account's,
// injects the content script, finds the field and sets the value. Measured with the popup rows'
// 1,000 accounts in the vault (plus the one for this site), in the same browser session.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { encodeBase32 } from '../../lib/otp';
import type { AccountSummary } from '../../lib/protocol/protocol';
import type { ExtensionSession } from '../../test/e2e/support/browser';
import { pressFillShortcut } from '../../test/e2e/support/autofill-browser';
import { startAutofillSites } from '../../test/e2e/support/autofill-pages';
import { send } from './extension-driver';
import type { ResultRow } from './report';
import { summarize } from './stats';

const WARM_UP_FILLS = 1;
const MEASURED_FILLS = 15;
const FILL_TIMEOUT_MS = 10_000;

type Timed = { filledAt?: number };

/**
 * The page notes the instant its field gets the content script's input event. The key press is
 * timed on this side, just before the key goes down: the browser takes its shortcuts before the
 * page would see the key. Both read this computer's wall clock (Date.now), the one clock two
 * processes share; its millisecond is fine enough for a step of tens of them.
 */
function watchForFill(): void {
  const timed = window as unknown as Timed;
  document.querySelector('#otp')?.addEventListener('input', () => (timed.filledAt ??= Date.now()));
}

async function timeOneFill(session: ExtensionSession, url: string): Promise<number> {
  const page: Page = await session.context.newPage();
  try {
    await page.goto(url);
    await page.evaluate(watchForFill);
    await page.locator('#otp').focus();
    let pressedAt = 0;
    await pressFillShortcut(session, page, () => (pressedAt = Date.now()));
    const filled = await page.waitForFunction(() => (window as unknown as Timed).filledAt, undefined, {
      timeout: FILL_TIMEOUT_MS,
    });
    // Resolved only once the page noted the fill, so the value is there.
    return Number(await filled.jsonValue()) - pressedAt;
  } finally {
    await page.close();
  }
}

export async function measureKeyboardFill(session: ExtensionSession, driver: Page): Promise<ResultRow> {
  const sites = await startAutofillSites();
  try {
    const uri = `otpauth://totp/Bench%20site:fill%40example.com?secret=${encodeBase32(randomBytes(20))}&issuer=Bench%20site`;
    const account = await send<AccountSummary>(driver, 'accounts.addUri', { uri });
    await send(driver, 'accounts.update', { id: account.id, origins: [sites.main] });
    const url = `${sites.main}/sign-in-code.html`;
    const samples: number[] = [];
    for (let i = 0; i < WARM_UP_FILLS + MEASURED_FILLS; i++) {
      const ms = await timeOneFill(session, url);
      if (i >= WARM_UP_FILLS) samples.push(ms);
    }
    return {
      what: 'autofill: keyboard command → value in field, new page, 1000 accounts',
      unit: 'ms',
      value: summarize(samples),
    };
  } finally {
    await sites.close();
  }
}
