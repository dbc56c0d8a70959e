// The rows of the cold opens: the popup and the cold floor, and their ratio against the budget.
import type { Page } from 'playwright-core';
import type { ColdOpens } from './cold-opens';
import type { ResultRow } from './report';
import { ratioOfMedians, summarize } from './stats';

export function coldRows(browser: string, accounts: number, opens: ColdOpens, budget: number): ResultRow[] {
  const of = `${accounts} account${accounts > 1 ? 's' : ''}`;
  return [
    { what: `${browser}: cold popup open → visible codes, ${of}`, unit: 'ms', value: summarize(opens.codes) },
    { what: `${browser}: cold floor (the popup page painting a fixed screen, nothing asked), ${of}`, unit: 'ms', value: summarize(opens.floor) },
    { what: `${browser}: cold open ÷ cold floor, ${of}`, unit: 'ratio', value: ratioOfMedians(opens.codes, opens.floor), budget },
  ];
}

/** The first screen the background keeps for the popup, read from an extension page (Chromium). */
export async function keptView(page: Page): Promise<unknown> {
  // The view is drawn a moment after the last change.
  await page.waitForTimeout(1_500);
  const found = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get('openingView'),
  );
  if (!found.openingView) throw new Error('The background kept no first screen for the popup.');
  return found.openingView;
}
